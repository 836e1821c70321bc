# and/or return operands, not booleans; short-circuit skips evaluation.
log = []
def v(x):
    log.append(x)
    return x
print(v(0) or v("") or v([]) or v("last"))
print(log); log.clear()
print(v(1) and v("a") and v(0) and v("never"))
print(log); log.clear()
print(v(None) and v("skip"))
print(log); log.clear()
print(v(3) or v("skip"))
print(log); log.clear()
print((v(0) or v(2)) and (v(0) and v(9)))
print(log); log.clear()
print(not v([]), not v([0]))
log.clear()

class Truth:
    def __init__(self, b): self.b = b
    def __bool__(self):
        log.append(f"bool {self.b}")
        return self.b
    def __repr__(self): return f"T({self.b})"
print(Truth(False) or Truth(True))
print(log); log.clear()
print(Truth(True) and Truth(False))
print(log); log.clear()
# __len__ used when no __bool__
class Sized:
    def __len__(self): return 0
print(Sized() or "fallback")
# __bool__ must return bool
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
# conditional expressions evaluate one branch only
print(v("yes") if v(True) else v("no"))
print(log); log.clear()
# all/any short-circuit over generators
def gen():
    for i in range(10):
        log.append(i)
        yield i
print(any(x > 2 for x in gen()), log); log.clear()
print(all(x < 2 for x in gen()), log); log.clear()
# chained comparison short-circuits
print(v(3) > v(5) > v(1))
print(log); log.clear()
# mixed precedence
print(1 or 0 and 0, (1 or 0) and 0, not 1 or 1, not (1 or 1))
