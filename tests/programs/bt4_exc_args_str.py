# exception args, str and repr for zero/one/many args, KeyError's repr-str, args reassignment, with_traceback and attribute dicts
for e in [Exception(), Exception('one'), Exception('a', 2), Exception(None), Exception(('t',)), KeyError(), KeyError('k'), KeyError('a', 'b'), KeyError(''),
          ValueError(5), StopIteration(), StopIteration(1, 2), SystemExit(), SystemExit(3), SystemExit('msg', 1), IndexError([1]), OSError(), OSError('m'), BaseException('x', )]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('orig')
e.args = ('new', 1)
print(e, repr(e), e.args)
e.args = 'xy'
print(e.args)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
t(lambda: setattr(ValueError(), 'args', 5))
t(lambda: ValueError(x=1))
t(lambda: BaseException.__new__(ValueError, 1, 2).args)
t(lambda: BaseException.__init__(5))
t(lambda: str(SystemExit(None)))
t(lambda: StopIteration(7).value); t(lambda: StopIteration().value); t(lambda: SystemExit(4).code); t(lambda: SystemExit(1, 2).code); t(lambda: SystemExit().code)
ex = RuntimeError('r')
ex.custom = 'attr'
print(ex.__dict__, vars(ex), ex.__traceback__, ex.__cause__, ex.__context__, ex.__suppress_context__)
t(lambda: ex.with_traceback(5))
t(lambda: ex.with_traceback(None) is ex)
t(lambda: setattr(ex, '__traceback__', 'x'))
t(lambda: setattr(ex, '__cause__', 'x'))
t(lambda: setattr(ex, '__context__', 5))
ex.__cause__ = ValueError('c'); print(ex.__suppress_context__, repr(ex.__cause__))
t(lambda: delattr(ex, '__traceback__'))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self): return 'MyErr<%s,%s>' % (self.args[0], self.b)
m = MyErr(1, 2)
print(m, repr(m), m.args, m.__reduce__()[1])
class NoInit(Exception):
    def __init__(self): pass
print(NoInit().args, repr(NoInit()))
class NewArgs(Exception):
    def __new__(cls, *a): return super().__new__(cls, 'from-new')
print(NewArgs(1, 2).args)
