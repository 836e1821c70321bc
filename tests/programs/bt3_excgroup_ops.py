# ExceptionGroup split/subgroup/derive, nesting, type selection and errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
eg = ExceptionGroup('outer', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)), eg.subgroup(Exception) is eg)
m, r = eg.split((KeyError, TypeError))
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m), repr(r))
print(repr(eg.derive([OSError()])), type(eg.derive([])).__name__ if False else '-')
t(lambda: ExceptionGroup('x', []))
t(lambda: ExceptionGroup('x', [1]))
t(lambda: ExceptionGroup('x', ValueError()))
t(lambda: ExceptionGroup(5, [ValueError()]))
t(lambda: ExceptionGroup('x', [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup('x', [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__)
t(lambda: eg.split(5))
t(lambda: eg.subgroup('x'))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
meg = MyEG('mine', [ValueError(1), TypeError(2)])
meg.add_note('n')
meg.__cause__ = RuntimeError('c')
m, r = meg.split(ValueError)
print(repr(m), repr(r), type(m).__name__, m.__notes__, repr(m.__cause__))
try:
    raise ExceptionGroup('g', [ValueError('a'), TypeError('b'), ValueError('c')])
except* ValueError as g:
    print('caught', repr(g))
except* TypeError as g:
    print('caught', repr(g))
try:
    try:
        raise ValueError('plain')
    except* ValueError as g:
        print('wrapped', repr(g))
        raise
except ExceptionGroup as g2:
    print('reraised', repr(g2))
except ValueError as v:
    print('plain reraised', repr(v))
