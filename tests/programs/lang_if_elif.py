# if/elif/else with truthiness of many kinds of objects.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0},
          set(), None, True, False, 0j, 1j, b"", b"\x00", range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Bool:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __bool__(self): return False
    def __len__(self): return 5

for obj in (Len(0), Len(3), Bool(True), Bool(False), Both(), object()):
    print(type(obj).__name__, "yes" if obj else "no")

class BadBool:
    def __bool__(self): return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)

class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)

def grade(n):
    if n >= 90: return "A"
    elif n >= 80: return "B"
    elif n >= 70: return "C"
    else: return "F"
print([grade(n) for n in (95, 85, 75, 5)])

# nested conditional expressions
for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
# not
print(not 0, not [1], not not "x")
