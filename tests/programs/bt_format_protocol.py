class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
f = F()
print(format(f), format(f, 'xyz'), f'{f}', f'{f:abc}', f'{f!s:>20}'[:5], '{:q}'.format(f), '{0:{1}}'.format(f, 'nested'))
class NoFormat:
    def __str__(self):
        return 'nofmt'
print(format(NoFormat()), f'{NoFormat()}', '{}'.format(NoFormat()))
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    f'{NoFormat():>5}'
except TypeError as e:
    print('TypeError:', e)
print(object.__format__(5, ''))
try:
    object.__format__(5, 'd')
except TypeError as e:
    print('TypeError:', e)
class IntSub(int):
    pass
print(format(IntSub(5), 'x'), f'{IntSub(255):#06x}')
class IntFmt(int):
    def __format__(self, spec):
        return 'custom ' + spec
print(format(IntFmt(5), 'd'), f'{IntFmt(3)}')
class StrSub(str):
    pass
print(format(StrSub('ab'), '>4'), f'{StrSub("q")!r}')
import datetime
d = datetime.date(2024, 1, 2)
print(format(d, '%Y/%m/%d'), f'{d:%b %d}', f'{d}')
from decimal import Decimal
print(format(Decimal('1.2345'), '.2f'), f'{Decimal("1234.5"):,}')
from fractions import Fraction
print(format(Fraction(1, 3), '.3f'))
class BadRet:
    def __format__(self, spec):
        return None
try:
    format(BadRet())
except TypeError as e:
    print('TypeError:', e)
print(format(3.5, ''), format('s', ''), format(None, ''), format([1], ''))
