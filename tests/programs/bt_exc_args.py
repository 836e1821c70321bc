def show(e):
    print(type(e).__name__, repr(e), str(e), e.args)
show(Exception())
show(Exception('one'))
show(Exception('a', 2))
show(Exception(None))
show(ValueError(''))
show(KeyError('k'))
show(KeyError())
show(KeyError('a', 'b'))
show(KeyError(1))
show(IndexError(5))
show(StopIteration())
show(StopIteration(7))
show(StopIteration(1, 2))
show(SystemExit())
show(SystemExit(3))
show(SystemExit(1, 2))
show(AttributeError('x', name='n', obj=5))
show(NameError('y', name='nm'))
show(ImportError('msg', name='mod', path='/p'))
show(ModuleNotFoundError('no mod'))
show(UnicodeError('u'))
e = StopIteration(42)
print(e.value)
e.value = 43
print(e.value, e.args)
print(SystemExit(9).code, SystemExit().code, SystemExit(1, 2).code)
print(AttributeError('x', name='n', obj=5).name, AttributeError('z').name, NameError('q').name)
i = ImportError('m', name='a', path='b')
print(i.name, i.path, i.msg, ImportError().msg, ImportError(1, 2).msg)
try:
    ImportError('m', bogus=1)
except TypeError as te:
    print('TypeError:', te)
try:
    Exception(x=1)
except TypeError as te:
    print('TypeError:', te)
try:
    ValueError(x=1)
except TypeError as te:
    print('TypeError:', te)
ex = Exception(1, 2)
ex.args = [3]
print(ex.args, type(ex.args).__name__)
ex.args = 'ab'
print(ex.args)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(m.args, m.b, str(m), repr(m))
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit('x')))
class StrErr(Exception):
    def __str__(self):
        return 'custom str'
print(repr(StrErr('a')), str(StrErr('a')))
print(BaseException.__new__(ValueError).args, BaseException.__new__(ValueError, 1, 2).args)
e2 = ValueError('v')
print(e2.__traceback__, e2.__cause__, e2.__context__, e2.__suppress_context__, hasattr(e2, '__notes__'))
try:
    e2.__cause__ = 5
except TypeError as te:
    print('TypeError:', te)
try:
    e2.__traceback__ = 5
except TypeError as te:
    print('TypeError:', te)
e2.__cause__ = KeyError('c')
print(e2.__suppress_context__, repr(e2.__cause__))
print(OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror, str(OSError(2, 'x', 'f.txt')), OSError(2, 'x', 'f', None, 'g').filename2)
print(repr(OSError(1, 2, 3, 4, 5, 6)), OSError('just msg').errno, str(OSError(2, 'x', 'a', None, 'b')))
