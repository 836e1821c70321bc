def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    pass
t(lambda: A(1))
t(lambda: A(x=1))
t(lambda: object(1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)
t(lambda: OnlyInit())
class OnlyNew:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.args = args
        return o
print(OnlyNew(1, 2).args)
class BadSuperNew:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
t(lambda: BadSuperNew(1))
class BadSuperInit:
    def __init__(self, *args):
        super().__init__(*args)
t(lambda: BadSuperInit(1))
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print('init not called')
print(NewReturnsOther())
class NewReturnsSub:
    def __new__(cls):
        return object.__new__(Sub)
    def __init__(self):
        print('init called on', type(self).__name__)
class Sub(NewReturnsSub):
    pass
print(type(NewReturnsSub()).__name__)
class InitReturns:
    def __init__(self):
        return 5
t(lambda: InitReturns())
t(lambda: object.__new__(5))
t(lambda: object.__new__(int))
t(lambda: int.__new__(str))
t(lambda: object.__init__(A(), 1))
class Both:
    def __new__(cls, x):
        print('new', x)
        return super().__new__(cls)
    def __init__(self, x):
        print('init', x)
Both(7)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class IntNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntNew(21), type(IntNew(1)).__name__)
class StrNew(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
s = StrNew('abc')
print(s, s.orig)
class ListInit(list):
    def __init__(self, *a):
        super().__init__(a)
print(ListInit(1, 2, 3))
