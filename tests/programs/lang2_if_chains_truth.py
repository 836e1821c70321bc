# if/elif/else with various truth values and conditional expression nesting.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif not v:
        return "falsy " + type(v).__name__
    elif isinstance(v, (int, float)) and v < 0:
        return "negative"
    else:
        return "truthy " + type(v).__name__
for v in [None, True, 0, 0.0, "", [], {}, set(), (), -3, 2.5, "s", [0], range(0), range(1), b"", 0j, frozenset()]:
    print(repr(v), classify(v))
# nested conditional expressions are right-associative
x = 5
print("a" if x < 3 else "b" if x < 6 else "c")
print(("a" if x < 3 else "b") if x < 6 else "c")
# if with assignment expression and compound condition
if (y := x * 2) > 5 and y % 2 == 0:
    print("y", y)
# pass-only branches
if x:
    pass
elif x > 10:
    pass
print("done")
# truthiness of custom objects without __bool__ and __len__
class Empty: pass
print(bool(Empty()), "yes" if Empty() else "no")
# elif chains evaluated lazily
def t(v, name):
    print("eval", name)
    return v
if t(0, "first"):
    pass
elif t(1, "second"):
    pass
elif t(1, "third"):
    pass
