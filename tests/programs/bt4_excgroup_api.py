# ExceptionGroup/BaseExceptionGroup: construction rules, split and subgroup by type, tuple and predicate, derive, nesting and repr
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
eg = ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(eg, repr(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)), eg.subgroup(Exception) is eg, eg.split(Exception)[1])
print(repr(eg.split((KeyError, TypeError))), repr(eg.subgroup(lambda x: isinstance(x, ValueError) and x.args[0] > 1)))
print(repr(eg.subgroup(lambda x: x is eg)))
t(lambda: ExceptionGroup('m', []))
t(lambda: ExceptionGroup('m', ValueError()))
t(lambda: ExceptionGroup(5, [ValueError()]))
t(lambda: ExceptionGroup('m', [1]))
t(lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup('m', [ValueError()])).__name__)
t(lambda: type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup('m'))
t(lambda: ExceptionGroup('m', [ValueError()], 3))
t(lambda: eg.split(5))
t(lambda: eg.subgroup(int))
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '*', excs)
my = MyEG('mine', [ValueError(1), TypeError(2)])
my.add_note('note!')
mm, rr = my.split(ValueError)
print(type(mm).__name__, mm.message, getattr(mm, '__notes__', None), type(rr).__name__, rr.message)
class NoDerive(ExceptionGroup): pass
nd = NoDerive('nd', [ValueError(1), TypeError(2)])
a, b = nd.split(ValueError)
print(type(a).__name__, type(b).__name__, a.message)
t(lambda: ExceptionGroup.__new__(ExceptionGroup, 'x', [KeyboardInterrupt()]))
class Bad(Exception): pass
t(lambda: type('Sub', (ExceptionGroup, Bad), {})('s', [ValueError()]).__class__.__mro__[1].__name__)
try:
    raise ExceptionGroup('g', [ValueError('v'), TypeError('t')])
except* ValueError as ve:
    print('caught', repr(ve))
except* TypeError as te:
    print('caught', repr(te))
