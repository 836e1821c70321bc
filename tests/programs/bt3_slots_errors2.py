# __slots__ behaviour: missing attributes, no dict, conflicts, inheritance
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class S:
    __slots__ = ('a', 'b')
s = S()
t(lambda: s.a)
s.a = 1
t(lambda: s.a)
t(lambda: setattr(s, 'c', 1))
t(lambda: s.__dict__)
t(lambda: delattr(s, 'b'))
del s.a
t(lambda: s.a)
t(lambda: type(S.a).__name__)
t(lambda: repr(S.a))
class T(S):
    pass
tt = T()
tt.c = 3
t(lambda: tt.__dict__)
class U(S):
    __slots__ = ('c',)
u = U()
u.a = 1
u.c = 2
t(lambda: (u.a, u.c))
t(lambda: setattr(u, 'd', 1))
def conflict():
    class V:
        __slots__ = ('x',)
        x = 5
t(conflict)
def badslot():
    class W:
        __slots__ = (1,)
t(badslot)
def notid():
    class X:
        __slots__ = ('a-b',)
t(notid)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.z = 1
t(lambda: (w.__dict__, hasattr(w, 'a')))
class Str:
    __slots__ = 'single'
t(lambda: Str.__slots__)
t(lambda: type(Str.single).__name__)
