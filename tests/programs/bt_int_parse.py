# int(str, base): underscores, whitespace, prefixes, errors
def t(*a, **k):
    try:
        print(repr(int(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t('0')
t('  42  ')
t('\t-17\n')
t('+8')
t('1_000_000')
t('1__000')
t('_1')
t('1_')
t('0x_ff', 16)
t('0x_ff', 0)
t('0b1010', 0)
t('0o777', 0)
t('0777', 0)
t('000', 0)
t('0_0', 0)
t('0x', 16)
t('ff', 16)
t('FF', 16)
t('z', 36)
t('Z', 36)
t('10', 37)
t('10', 1)
t('10', -1)
t('10', 2)
t('12', 2)
t('')
t('   ')
t('1.5')
t('1e5')
t(' - 5')
t('--5')
t('٣')  # Arabic-indic digit three
t('１２３')  # fullwidth
t(b'42')
t(bytearray(b'  -7 '))
t(b'0x10', 16)
t(b'\xff')
t(3.99)
t(-3.99)
t(float('inf'))
t(float('nan'))
t(True)
t(None)
t([1])
t(5, 10)
t('5', base=10)
t('5', 10.0)
t(x='5')
t()
t('0b', 0)
t('0b2', 0)
t('0B11', 2)
t('0O17', 8)
t('0X1f', 16)
t('0x1f', 10)
t('1' * 50)
t('-' + '9' * 40, 10)
t('abcdefghijklmnopqrstuvwxyz', 36)
t('x' * 200)
t('12\x00')
class Idx:
    def __index__(self):
        return 16
t('ff', Idx())
class Trunc:
    def __trunc__(self):
        return 7
try:
    print(int(Trunc()))
except Exception as e:
    print(type(e).__name__, e)
class IntM:
    def __int__(self):
        return 9
t(IntM())
class IdxOnly:
    def __index__(self):
        return 11
t(IdxOnly())
class BadInt:
    def __int__(self):
        return 'x'
t(BadInt())
class SubI(int):
    pass
class RetSub:
    def __int__(self):
        return SubI(3)
import warnings
warnings.simplefilter('ignore')
r = int(RetSub())
print(type(r).__name__, r)
print(type(int(SubI(4))).__name__)
print(int.__new__(SubI, '12'), type(int.__new__(SubI, '12')).__name__)
