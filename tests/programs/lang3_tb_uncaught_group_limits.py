# Printing limits for exception groups: more than 15 members and nesting deeper than 10.
def deep(n):
    if n == 0:
        return ValueError("deepest")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])

many = ExceptionGroup("many", [KeyError(i) for i in range(18)])
print("built")
raise ExceptionGroup("root", [many, deep(12)])
