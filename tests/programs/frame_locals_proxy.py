# needs: stdlib
# PEP 667: frame.f_locals of a function is a write-through FrameLocalsProxy; extra names are shared by every proxy of the frame and show in locals().
import sys
def f():
    x = 1
    fl = sys._getframe().f_locals
    print(type(fl).__name__, type(fl).__module__, len(fl), list(fl), 'x' in fl, 'zz' in fl)
    fl['x'] = 5
    print(x)
    fl['new'] = 7
    print(sys._getframe().f_locals['new'])
    try:
        del fl['x']
    except TypeError as e:
        print(e)
    c = fl.copy()
    print(type(c).__name__, sorted(c), c['x'])
    try:
        fl.pop('x')
    except Exception as e:
        print(type(e).__name__, e)
    print(dict(fl)['x'], fl.get('zz', 3), fl.get('x'), sorted(fl.keys()), isinstance(fl, dict))
    import collections.abc
    print(isinstance(fl, collections.abc.Mapping), isinstance(fl, collections.abc.MutableMapping))
    try:
        fl['missing_key_zz']
    except KeyError as e:
        print('KeyError', e)
    fl.update({'x': 9})
    print(x, sorted(k for k, v in fl.items()), len(fl.values()))
    y = 2
    def g():
        return y
    fl2 = sys._getframe().f_locals
    fl2['y'] = 40
    print(g(), y)
    print(fl2 == fl2.copy(), (fl2 | {'q': 1})['q'], type(fl2 | {}).__name__)
f()
def h():
    a = 1
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__.tb_frame.f_locals
fl = h()
print(type(fl).__name__, fl['a'], sorted(fl))
import collections.abc
print(collections.abc.framelocalsproxy.__name__)
