def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F()), format(F(), 'xyz'), f'{F()}', f'{F():>10}', f'{F()!s:>10}' if False else 'skip', '{:q}'.format(F()), '%s' % 'plain')
class BadF:
    def __format__(self, spec): return 5
t(format, BadF())
t(lambda: f'{BadF()}')
t(lambda: '{}'.format(BadF()))
class NoSpec:
    pass
ns = NoSpec()
print(format(ns, '') == str(ns))
t(format, NoSpec(), 'x')
t(lambda: f'{NoSpec():x}')
class S(str):
    def __format__(self, spec): return 'S-' + spec
print(format(S('a'), 'b'), f'{S("a")}', '{}'.format(S('x')), str(S('q')))
class I(int):
    def __format__(self, spec): return 'I' + spec
print(format(I(1), '5'), f'{I(2):x}', '%d' % I(3))
class Str:
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
print(format(Str()), f'{Str()}', f'{Str()!r}', f'{Str()!s}', f'{Str()!a}', f'{Str()=}', '{0!r:>6}'.format(Str()), format(Str(), '>5') if False else 'skip')
t(format, Str(), '>5')
class BadStr:
    def __str__(self): return 1
t(str, BadStr())
t(format, BadStr())
t(lambda: f'{BadStr()}')
class BadRepr:
    def __repr__(self): return None
t(repr, BadRepr())
t(lambda: f'{BadRepr()!r}')
t(lambda: [BadRepr()].__repr__())
print(format(True, ''), format(True, 'd'), format(True, '>6'), format(False, '^7'), f'{True:5}', f'{None!r:>6}', format(None, ''))
t(format, None, '>5')
print(object.__format__(5, ''), int.__format__(5, 'x'), float.__format__(1.5, '.1f'), str.__format__('a', '>3'))
t(object.__format__, 5, 'x')
t(int.__format__, 5, 5)
x = 12.3456
w, p = 10, 2
print(f'{x:{w}.{p}f}|{x:<{w}}|{"s":*^{w}}|{x!r:>{w}}')
print(f'{3.0:g} {3.5:#g} {1e20:n} {1234.5:_.2f} {-0.0:z.1f} {0.0001:.0%}')
