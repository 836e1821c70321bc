# conversion flags !r !s !a in str.format and f-strings with custom objects, nested specs built from conversions, and repr edge cases
class Obj:
    def __repr__(self): return 'Obj<é>'
    def __str__(self): return 'obj-str'
    def __format__(self, spec): return 'fmt[' + spec + ']'
o = Obj()
print('{0} {0!s} {0!r} {0!a} {0:x}'.format(o))
print(f'{o} {o!s} {o!r} {o!a} {o:>5} {o!r:>10} {o!s:*<9}')
print('{!r:^12}|{!a:^12}|'.format('ab', 'é'), f'{"quote" !r}', f'{3.5!r:>6}', f'{None!s:>5}', f'{[1, "a"]!a}')
print(repr('\x00\x1f\x7f\x80\xa0\xad\u200b\u2028\ud800\U0001f600\ufeff'), ascii('\x00é\U0001f600'), repr("'"), repr('"'), repr('\'"'), repr('\\'))
w = 10
print(f'{o!r:{w}}|', f'{"x"!r:{"^"}{w}}|', '{0!s:{1}}|'.format(o, 8))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: '{0!z}'.format(1)); t(lambda: '{0!}'.format(1)); t(lambda: '{!r!s}'.format(1)); t(lambda: format(o, 'spec')); t(lambda: '{:{}}'.format(o, '{'))
class BadRepr:
    def __repr__(self): return 5
t(lambda: '{!r}'.format(BadRepr())); t(lambda: f'{BadRepr()!r}'); t(lambda: repr(BadRepr())); t(lambda: str(BadRepr()))
class StrRet(str): pass
class SubRepr:
    def __repr__(self): return StrRet('sub')
t(lambda: type(repr(SubRepr())).__name__); t(lambda: f'{SubRepr()!r}')
