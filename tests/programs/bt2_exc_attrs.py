def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = ValueError('a', 2)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__, e.__notes__ if hasattr(e, '__notes__') else 'no notes')
e.add_note('note1')
e.add_note('note2')
print(e.__notes__)
t(e.add_note, 5)
print(str(ValueError()), repr(ValueError()), str(ValueError('x')), repr(ValueError('x')), str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('k')))
e = OSError(2, 'No such file', 'path.txt')
print(e.errno, e.strerror, e.filename, e.filename2, str(e), type(e).__name__, e.args)
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, type(OSError(99999, 'x')).__name__)
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = StopIteration(5)
print(e.value, StopIteration().value, StopIteration(1, 2).value)
e = SystemExit(3)
print(e.code, SystemExit().code, SystemExit(1, 2).code)
e = KeyboardInterrupt()
print(isinstance(e, Exception), isinstance(e, BaseException))
e = SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = NameError('nm', name='x')
print(e.name, str(e))
e = AttributeError('at', name='y', obj=5)
print(e.name, e.obj)
e = ImportError('imp', name='mod', path='/p')
print(e.name, e.path, e.msg, str(e))
t(ImportError, 'x', bad=1)
t(ValueError, x=1)
e = Exception()
e.args = [1, 2]
print(e.args, type(e.args).__name__)
t(setattr, e, 'args', 5)
e.custom = 1
print(e.custom, e.__dict__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('k') from z
except KeyError as k:
    print(type(k.__cause__).__name__, type(k.__context__).__name__, k.__suppress_context__)
try:
    raise TypeError('t') from None
except TypeError as e2:
    print(e2.__cause__, e2.__suppress_context__)
t(lambda: setattr(Exception(), '__cause__', 5))
t(lambda: setattr(Exception(), '__context__', 'x'))
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
e = ValueError(1)
print(e.with_traceback(None) is e)
t(e.with_traceback, 5)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
m = MyErr(1, 2)
print(m.args, m.b, str(m), repr(m))
class NoSuper(Exception):
    def __init__(self, x): pass
print(NoSuper(5).args, str(NoSuper(5)))
print(ExceptionGroup('g', [ValueError(1)]).exceptions, BaseExceptionGroup('g', [ValueError(1)]).__class__.__name__, BaseExceptionGroup('g', [KeyboardInterrupt()]).__class__.__name__)
