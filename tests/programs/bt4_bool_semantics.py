# bool: arithmetic results, bitwise ops keep bool, repr/str/format, constructor, subclassing error
import warnings
print(True + True, True * 3, True / 2, True // 2, -True, +False, True ** 10, abs(-True) if False else abs(True))
print(True & False, True | False, True ^ True, False ^ False, True & 1, True | 2, type(True & False).__name__, type(True & 1).__name__)
print(repr(True), str(False), format(True), format(True, 'd'), format(False, '>6'), f'{True!r:>6}', '%s %d %r' % (True, True, False))
print(bool(), bool(0), bool(0.0), bool(-0.0), bool(0j), bool(''), bool(' '), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)))
print(bool(b''), bool(bytearray()), bool(frozenset()), bool(None), bool(NotImplemented) if False else 'skip', bool(...))
print(True == 1, hash(True), hash(False), True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), True.as_integer_ratio(), True.to_bytes(), bool.from_bytes(b'\x00'), bool.from_bytes(b'\x05'), type(bool.from_bytes(b'\x05')).__name__)
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0})
print(sorted([True, False, 2, -1, 0.5]), max(True, 1), min(0, False), sum([True] * 5))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    tt, ff = True, False
    print(~tt, ~ff)
    print(len(w), w[0].category.__name__ if w else None, str(w[0].message) if w else None)
for f in [lambda: bool(1, 2), lambda: bool(x=1), lambda: type('B', (bool,), {}), lambda: True.__class__.__new__(int, 'x'), lambda: bool.__new__(int)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class L:
    def __len__(self): return 0
class Bo:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L()), bool(Bo()), not L(), not Bo())
print(True.__and__(1), True.__rand__(False), True.__or__(2), True.__xor__(True), False.__ror__(False))
