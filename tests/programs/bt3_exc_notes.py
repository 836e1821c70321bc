# BaseException.add_note, __notes__, and how notes show in tracebacks
e = ValueError('v')
e.add_note('first')
e.add_note('second')
print(e.__notes__, str(e), repr(e))
for bad in (5, b'x', None):
    try:
        e.add_note(bad)
    except TypeError as ex:
        print('TypeError:', ex)
e2 = KeyError('k')
e2.__notes__ = 'not a list'
try:
    e2.add_note('x')
except TypeError as ex:
    print('TypeError:', ex)
e3 = OSError(2, 'nf')
e3.__notes__ = ['pre']
e3.add_note('post')
print(e3.__notes__)
try:
    try:
        raise RuntimeError('inner')
    except RuntimeError as ex:
        ex.add_note('context note')
        raise
except RuntimeError as ex:
    print(ex.__notes__)
import traceback
try:
    x = TypeError('shown')
    x.add_note('note line 1\nnote line 2')
    raise x
except TypeError as ex:
    print(''.join(traceback.format_exception_only(ex)), end='')
del e.__notes__
print(hasattr(e, '__notes__'))
raise_me = LookupError('final')
raise_me.add_note('visible on stderr')
raise raise_me
