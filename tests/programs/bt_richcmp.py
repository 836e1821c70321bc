class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        return NotImplemented
    def __gt__(self, o):
        print('gt', self.v, getattr(o, 'v', o))
        return self.v > o.v
print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2))
print(C(3) > C(2))
class D(C):
    def __eq__(self, o):
        print('D.eq')
        return 'D-result'
print(C(1) == D(1), D(1) == C(1))
class NoEq:
    pass
a = NoEq()
print(a == a, a != a, a == NoEq(), a != NoEq(), a == 1)
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != OnlyEq(), OnlyEq() == 5, 5 == OnlyEq(), 5 != OnlyEq())
class NeOnly:
    def __ne__(self, o):
        return 'custom-ne'
print(NeOnly() != 1, NeOnly() == NeOnly())
class RetNI:
    def __eq__(self, o):
        return NotImplemented
r = RetNI()
print(r == r, r == RetNI(), r != r)
class Weird:
    def __lt__(self, o):
        return 'truthy-string'
print(Weird() < 1, 1 > Weird(), sorted([Weird(), Weird()]) is not None)
class Boom:
    def __eq__(self, o):
        raise ValueError('eq boom')
try:
    Boom() == 1
except ValueError as e:
    print('ValueError', e)
try:
    [1, Boom()] == [1, 2]
except ValueError as e:
    print('ValueError in list eq', e)
b = Boom()
print([b] == [b], b in [b], (b,) == (b,), {1: b} == {1: b})
try:
    print(1 in [Boom()])
except ValueError as e:
    print('ValueError in contains', e)
import functools
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2), sorted([T(3), T(1)])[0].v)
print((1, 2) < (1, 2, 0), [1, 2] <= [1, 2], 'a' < 'b' < 'c', 1 < 2 > 0, 1 == 1.0 == True)
print(None == None, None != 0, NotImplemented == NotImplemented, ... == ...)
for expr in ['None < 1', '{} < {}', 'set() < 1', '[] > ()', 'object() < object()', '1j < 2j', 'type < type']:
    try:
        eval(expr)
    except TypeError as e:
        print('TypeError:', e)
