# add_note rules, __notes__ list handling, notes shown in tracebacks via traceback module, and invalid notes
import traceback
e = ValueError('base')
e.add_note('first'); e.add_note('second')
print(e.__notes__)
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)
t(lambda: e.add_note(5)); t(lambda: e.add_note()); t(lambda: e.add_note('a', 'b')); t(lambda: ValueError().add_note(b'x'))
class S(str): pass
e.add_note(S('sub'))
print(type(e.__notes__[-1]).__name__)
f = KeyError('k')
f.__notes__ = 'not a list'
t(lambda: f.add_note('x'))
g = KeyError('g')
g.__notes__ = ['ok', 5]
print(''.join(traceback.format_exception_only(g)), end='')
h = TypeError('h')
h.__notes__ = ('tuple', 'notes')
print(''.join(traceback.format_exception_only(h)), end='')
try:
    try:
        raise OSError('inner')
    except OSError as err:
        err.add_note('while doing X')
        raise
except OSError as err2:
    print(err2.__notes__, ''.join(traceback.format_exception_only(err2)), end='')
del e.__notes__
print(hasattr(e, '__notes__'))
e.add_note('fresh'); print(e.__notes__)
class Weird:
    def __str__(self): return 'weird'
w = ValueError('w'); w.__notes__ = [Weird()]
print(''.join(traceback.format_exception_only(w)), end='')
