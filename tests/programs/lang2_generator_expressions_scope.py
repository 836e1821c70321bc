# Generator expression scoping: first iterable evaluated eagerly in enclosing scope.
def f():
    items = [1, 2, 3]
    g = (x * factor for x in items)
    factor = 10
    return list(g)
print(f())

try:
    g = (x for x in undefined_iterable)
except NameError as e:
    print("NameError at creation:", e)

g = (y for y in range(3) if undefined_in_filter)
try:
    next(g)
except NameError as e:
    print("NameError at first next:", e)

# nested for clauses: only the first is eager
def nested():
    a = [1, 2]
    g = (x + y for x in a for y in b)
    b = [10, 20]
    return list(g)
print(nested())

# class scope and genexp
class C:
    vals = [1, 2]
    total = sum(v for v in vals)
    try:
        cross = list(v + w for v in vals for w in vals)
    except NameError as e:
        cross = str(e)
print(C.total, C.cross)

# generator expression as sole argument without extra parentheses
print(sum(x for x in range(5)), max(x % 3 for x in range(10)))
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(sorted((x for x in "cab"), reverse=True))
# genexp is an iterator, consumed once
g = (i for i in range(3))
print(list(g), list(g))
# genexp attributes
g = (i for i in [])
print(g.__name__, g.__qualname__.endswith("<genexpr>"), type(g).__name__)
