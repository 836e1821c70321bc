# exception attributes: args, str/repr with 0/1/n args, __traceback__, with_traceback, context
def show(e):
    print(repr(e), '|', str(e), '|', e.args)
for cls in (Exception, ValueError, KeyError, IndexError, StopIteration, SystemExit, UnicodeError, AttributeError, NameError, ImportError):
    show(cls())
    show(cls('one'))
    show(cls('a', 2))
print(repr(KeyError('')), str(KeyError('')), str(KeyError(('a',))), str(KeyError(1, 2)))
s = StopIteration(5, 6)
print(s.value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
a = AttributeError('m', name='attr', obj=5)
print(a.name, a.obj, str(a))
n = NameError('nm', name='zz')
print(n.name, str(n))
i = ImportError('imp', name='mod', path='/p')
print(i.name, i.path, i.msg, str(i), repr(i))
try:
    ImportError('x', bogus=1)
except TypeError as e:
    print('TypeError:', e)
e = ValueError('x')
e.args = ('changed', 2)
print(str(e), e.args)
e.args = 'ab'
print(e.args)
try:
    e.args = 5
except TypeError as ex:
    print('TypeError:', ex)
try:
    raise ValueError('tb')
except ValueError as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_lineno, ex.with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as ex:
    print('TypeError:', ex)
x = ValueError()
x.__context__ = KeyError()
x.__cause__ = None
print(x.__suppress_context__, repr(x.__context__))
try:
    x.__cause__ = 5
except TypeError as ex:
    print('TypeError:', ex)
try:
    x.__context__ = 'str'
except TypeError as ex:
    print('TypeError:', ex)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(repr(E(1, 2)), E(1, 2).args, str(E('m', 0)))
print(BaseException.__new__(ValueError, 1, 2).args)
