def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(True, False, repr(True), str(False), int(True), float(False), True + 1, True * 2.5, True / 2)
print(True & False, True | False, True ^ True, ~True, -False, type(True & True).__name__, type(True & 1).__name__, type(True + True).__name__)
print(bool(), bool(0), bool(0.0), bool(0j), bool(''), bool([]), bool(()), bool({}), bool(set()), bool(range(0)), bool(None), bool(b''), bool(bytearray()))
print(bool(1), bool(-1), bool('0'), bool([0]), bool(float('nan')), bool(range(1)), bool(object()))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__bases__)
t(lambda: type('B', (bool,), {}))
t(bool, 1, 2)
t(lambda: bool(x=1))
print(True == 1, False == 0, True is True, hash(True), hash(False), {True: 'a', 1: 'b'}, {1, True, 1.0})
print(True.__and__(1), True.__or__(0), True.__xor__(False), (5).__and__(True))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate(), True.bit_length())
print(format(True), format(True, '^7'), format(False, 'd'), f"{True!r:>6}", '%s %d %r' % (True, True, False))
print(sorted([True, False, 2, -1, 0.5]), max(True, 0.5), sum([True, True, True]), True ** 10, divmod(True, 2))
print(str(True).upper(), 'x' * True, [1, 2][True], (True, False)[False])
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class L2:
    def __len__(self):
        return 3
class B2:
    def __bool__(self):
        return 1
class B3:
    __bool__ = None
class LB:
    def __len__(self):
        return -1
class LBig:
    def __len__(self):
        return 2**100
print(bool(Z()), bool(L()), bool(L2()), not Z(), Z() or 'or', bool(L() and 'and'))
t(bool, B2())
t(bool, B3())
t(bool, LB())
t(bool, LBig())
print(True.__bool__(), (0).__bool__(), (0.0).__bool__(), (1j).__bool__())
print(bool.__new__(bool, 5), bool.__new__(bool), bool.__or__(True, 5), bool.__ror__(False, 3))
