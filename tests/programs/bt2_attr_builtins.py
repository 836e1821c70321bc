def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    cls_attr = 1
o = C()
t(getattr, o, 'cls_attr')
t(getattr, o, 'nope')
t(getattr, o, 'nope', 'dflt')
t(getattr, o, 5)
t(getattr, o, 5, 'd')
t(getattr, o)
t(getattr, 5, 'real')
t(getattr, 5, 'nope')
t(getattr, C, 'nope')
t(getattr, None, 'x')
t(setattr, o, 'x', 1)
print(o.x, vars(o))
t(setattr, o, 1, 1)
t(setattr, 5, 'x', 1)
t(setattr, 5, 'real', 1)
t(setattr, object(), 'a', 1)
t(setattr, C, 'new', 2)
print(C.new, o.new)
t(delattr, o, 'x')
t(delattr, o, 'x')
t(delattr, o, 'cls_attr')
t(delattr, C, 'nope')
t(delattr, 5, 'real')
t(delattr, o)
print(hasattr(o, 'cls_attr'), hasattr(o, 'x'), hasattr(5, 'bit_length'), hasattr(None, '__class__'))
t(hasattr, o, 5)
class Raises:
    def __getattr__(self, n):
        if n == 'boom':
            raise ValueError('boom!')
        raise AttributeError(n)
t(hasattr, Raises(), 'boom')
t(hasattr, Raises(), 'other')
t(getattr, Raises(), 'other', 'fallback')
t(getattr, Raises(), 'boom', 'fallback')
class S(str):
    pass
t(getattr, o, S('cls_attr'))
setattr(o, 'with space', 3)
print(getattr(o, 'with space'), sorted(vars(o)))
t(vars, 5)
t(vars, o, o)
print(type(vars(C)).__name__, 'cls_attr' in vars(C))
t(lambda: vars(C).__setitem__('a', 1))
class Slot:
    __slots__ = ('a',)
t(vars, Slot())
s = Slot()
t(getattr, s, 'a')
s.a = 1
print(s.a)
t(setattr, s, 'b', 2)
