# expandtabs, center, ljust, rjust, zfill with odd inputs
for s in ['a\tb', '\t', 'ab\tc\td', 'x\n\ty', 'abcdefgh\tz', '\r\t', '']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
for w in range(0, 8):
    print(repr('ab'.center(w, '*')), repr('abc'.center(w)), repr('a'.center(w, '-')))
for s in ['42', '-42', '+42', '', '-', 'abc', '--1', '٣', '-0x1']:
    print(repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)))
for f in ('center', 'ljust', 'rjust'):
    for args in [(5, 'ab'), (5, ''), (5, 1), ('5',), (5.0,), (5, 'é'), (5, '\U0001f600')]:
        try:
            print(f, repr(getattr('x', f)(*args)))
        except TypeError as e:
            print(f, 'TypeError:', e)
class S(str):
    pass
print(type(S('abc').center(2)).__name__, type(S('abc').zfill(2)).__name__, type(S('a').ljust(3)).__name__, type(S('a\tb').expandtabs()).__name__)
