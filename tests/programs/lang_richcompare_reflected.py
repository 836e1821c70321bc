# Rich comparisons on user classes: reflected operations between instances of one class, __ne__ defaults, NotImplemented.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = A(1), A(2)
print(a == A(1), a != A(1), a != b, a < b, b > a)
try:
    a <= b
except TypeError as e:
    print(e)
print(sorted([A(3), A(1), A(2)], key=lambda x: x.v)[0].v, [x.v for x in sorted([A(3), A(1)])])
print(max(A(5), A(7)).v)
class B:
    def __eq__(self, o): return NotImplemented
print(B() == B(), B() != B(), B() == 1)
class C:
    def __ne__(self, o): return "custom ne"
print(C() != 1, C() == C())
class D:
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return "gt"
print(D() < 1, 1 < D(), D() > D())
class E(int):
    def __eq__(self, o): return "E.eq"
print(5 == E(5), E(5) == 5)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", b"a" < b"b")
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
print(frozenset({1}) < {1, 2}, {1, 2} >= {2})
print(None == None, None is None, NotImplemented == NotImplemented)
