# __slots__: member descriptors, no __dict__ unless listed or inherited, CPython's errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
print(p.x, P.x, type(P.x).__name__, P.x.__name__)
try: p.y
except AttributeError as e: print(e)
p.y = 5; print(p.y); del p.y
try: del p.y
except AttributeError as e: print(e)
try: p.__dict__
except AttributeError as e: print(e)
class Q(P): pass
q = Q(); q.z = 1; print(q.z, q.x, q.__dict__)
class R(P):
    __slots__ = "w"
r = R(); r.w = 2; r.x = 3; print(r.w, r.x)
try: r.v = 1
except AttributeError as e: print(e)
class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.a, s.__dict__)
try:
    class T:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
print(sorted(P.__slots__), [k for k in vars(P) if k in ("x", "y")])

# descriptors read through the class get __get__(None, owner); __ne__ inverts __eq__;
# __index__ objects subscript sequences
class D:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return (self.name, obj is None, typ.__name__)
class C:
    d = D()
print(C.d, C().d)
class Cmp:
    def __eq__(self, o): return o == 1
print(Cmp() == 1, Cmp() != 1, Cmp() != 2)
class Idx:
    def __index__(self): return 2
l = [1, 2, 3]; l[Idx()] = 9
print(l[Idx()], (1, 2, 3)[Idx()], range(10)[Idx()], b"abc"[Idx()], bytearray(b"xyz")[Idx()], "abc"[Idx()] if False else "", l)
