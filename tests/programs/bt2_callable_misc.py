def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class Call:
    def __call__(self): return 'called'
class InstCall:
    pass
ic = InstCall()
ic.__call__ = lambda: 1
print(callable(len), callable(C), callable(C()), callable(C().m), callable(C.s), callable(C.c), callable(Call()), callable(ic), callable(5), callable(None), callable(lambda: 0), callable(type), callable(print), callable('s'.upper), callable(str.upper))
t(callable)
t(callable, 1, 2)
t(ic)
t(5)
t(None)
t('abc')
t(C(), 1)
t(C().m, 1)
t(C.m)
t(C.s, 1)
t(len, [1], [2])
t(len, obj=[1])
t(print, sep=5)
t(print, end=5)
t(print, file=5)
t(sorted, [1], 5)
t(abs, -5, 1)
t(abs)
t(divmod, 1, 2, 3)
t(int, 1, 2, 3)
t(int, base=5)
t(str, 1, 2, 3, 4)
t(str, b'a', 'utf-8', 'strict', 1)
t(str, 1, 'utf-8')
t(float, 1, 2)
t(float, x=1)
t(list, 1, 2)
t(tuple, [1], [2])
t(dict, [], [], [])
t(object, 1)
t(object.__new__, 5)
t(type, 1, 2)
t(type, 'X', 1, {})
t(type, 'X', (), 5)
print(type(Call().__call__).__name__, Call()(), type(len).__name__, type(C().m).__name__, type(C.s).__name__, type(str.upper).__name__)
