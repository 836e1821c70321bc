# Functions and classes defined conditionally, in loops, and redefined.
import sys
if sys.version_info >= (3, 13):
    def version(): return "3.13+"
else:
    def version(): return "old"
print(version())
funcs = []
for i in range(3):
    def fn(i=i):
        return i * 10
    funcs.append(fn)
print([f() for f in funcs], funcs[0] is not funcs[1], funcs[0].__code__ is funcs[1].__code__)
classes = []
for name in ("A", "B"):
    class Dyn:
        label = name
    classes.append(Dyn)
print([c.label for c in classes], classes[0] is classes[1], [c.__name__ for c in classes])
def redefined(): return 1
first = redefined
def redefined(): return 2
print(first(), redefined())
try:
    def inner_raise():
        raise ValueError
    inner_raise()
except ValueError:
    print("defined in try")
while True:
    def in_while(): return "while"
    break
print(in_while())
with open(__file__) as fh:
    def in_with(): return "with"
print(in_with())
match 1:
    case 1:
        def in_match(): return "match"
print(in_match())
