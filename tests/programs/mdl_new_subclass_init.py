# __new__ returning an instance of a subclass runs that subclass's __init__;
# a bound method's __get__ returns it unchanged (no rebinding).
class C(object):
    def __new__(cls, arg):
        if isinstance(arg, str): return [1, 2, 3]
        elif isinstance(arg, int): return object.__new__(D)
        else: return object.__new__(cls)
class D(C):
    def __init__(self, arg):
        self.foo = arg
print(C("1"), D("1"))
d = D(None); print(d.foo)
d = C(1); print(type(d).__name__, d.foo)
class A:
    def meth(self): return self
class B: pass
a = A(); b = B()
b.meth = a.meth.__get__(b, B)
print(b.meth() is a)
bm = a.meth
print(bm.__get__(1) is bm, bm.__get__(None, A) is bm)
for args in [(), (None, None), (1, 2, 3)]:
    try: bm.__get__(*args)
    except TypeError as e: print(repr(str(e)))
class K:
    m = a.meth
print(K().m() is a, K.m() is a)


class S:
    @staticmethod
    def __new__(*args):
        return args


class SD(S):
    pass


print(S(1, 2)[1:], SD(1, 2)[0] is SD)


class CM:
    @classmethod
    def __new__(*args):
        return args


class CMD(CM):
    pass


r = CM(1, 2)
print(r[0] is CM, r[1] is CM, r[2:])
r = CMD(1, 2)
print(r[0] is CMD, r[1] is CMD, r[2:])

# A builtin subtype with its own __new__ must be made by it.
for owner, t, args in [(int, bool, (0,)), (BaseException, OSError, ()), (BaseException, ValueError, ()), (dict, dict, ())]:
    try:
        print("ok", type(owner.__new__(t, *args)).__name__)
    except TypeError as e:
        print("TypeError:", e)
