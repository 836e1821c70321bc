# callable() and calling every kind of callable: functions, methods, classes, instances with __call__, builtins, partials, and failures
import functools
class C:
    def m(self): return 'm'
    @classmethod
    def c(cls): return 'c'
    @staticmethod
    def s(): return 's'
    def __call__(self, x): return ('called', x)
class NoCall: pass
class CallNone:
    __call__ = None
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: 'instance attr'
objs = [len, print, C, C(), C().m, C.m, C.c, C.s, NoCall(), CallNone(), ca, functools.partial(pow, 2), lambda: 0, 5, 'str', str.upper, [].append, type, object(), super, iter([])]
print([callable(o) for o in objs])
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: C()(1)); t(lambda: NoCall()()); t(lambda: CallNone()()); t(lambda: ca()); t(lambda: 5()); t(lambda: 'x'(1)); t(lambda: C.m()); t(lambda: C.m(C()))
t(lambda: C().m(1)); t(lambda: C.c(1)); t(lambda: functools.partial(pow, 2)(10)); t(lambda: functools.partial(pow, 2, 3, 4, 5)()); t(lambda: (lambda *, k: k)(1))
t(lambda: (lambda a, /: a)(a=1)); t(lambda: (lambda a: a)(1, a=2)); t(lambda: (lambda: 0)(x=1)); t(lambda: len(x=1)); t(lambda: dict.fromkeys.__self__.__name__)
t(lambda: [].append.__self__); t(lambda: C().m.__func__.__name__); t(lambda: C.c.__self__.__name__); t(lambda: type(C.s).__name__); t(lambda: C().m.__self__.__class__.__name__)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
t(lambda: f(1, c=3)); t(lambda: f(1, 2, 3, 4, c=5, e=6)); t(lambda: f()); t(lambda: f(1)); t(lambda: f(1, 2, c=3, a=9)); t(lambda: f(*[1], **{'c': 1, 'b': 5}))
t(lambda: f(1, c=1, **{'c': 2})); t(lambda: f(1, **{1: 2})); t(lambda: f(1, *5)); t(lambda: f(1, **[]))
