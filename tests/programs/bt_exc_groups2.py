eg = ExceptionGroup('grp', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
m, r = eg.split((ValueError, KeyError))
print(repr(m), repr(r))
print(eg.split(BaseException)[1], eg.subgroup(Exception) is eg)
beg = BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup('e', [ValueError()])).__name__)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print('TypeError:', e)
for bad in [('m', []), ('m', [1]), (5, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
meg = MyEG('mine', [ValueError(1), TypeError(2)])
a, b = meg.split(ValueError)
print(type(a).__name__, repr(a), type(b).__name__, repr(b))
eg2 = ExceptionGroup('n', [ValueError(1)])
eg2.add_note('a note')
eg2.__cause__ = KeyError('c')
s, _ = eg2.split(ValueError)
print(s.__notes__, repr(s.__cause__), s is eg2)
d = eg2.derive([TypeError()])
print(repr(d), hasattr(d, '__notes__'))
try:
    raise ExceptionGroup('g', [ValueError('v'), TypeError('t')])
except* ValueError as e:
    print('star value', repr(e))
except* TypeError as e:
    print('star type', repr(e))
try:
    try:
        raise ExceptionGroup('g', [ValueError('v'), OSError('o')])
    except* ValueError:
        print('handled value')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('naked wrapped', repr(e))
print(eg.exceptions[2].exceptions[1], ExceptionGroup.__mro__[1].__name__)
