# Traceback frames named <lambda> and inside a list comprehension (inlined).
transform = lambda x: 10 // x
data = [5, 2, 0, 1]
print([transform(d) for d in data[:2]])
result = [transform(d) for d in data]
