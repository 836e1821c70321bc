def T(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

T("'{} {}'.format('a', 'b')", lambda: '{} {}'.format('a', 'b'))
T("'{1} {0} {1}'.format('a', 'b')", lambda: '{1} {0} {1}'.format('a', 'b'))
T("'{x}-{y}'.format(x=1, y=2)", lambda: '{x}-{y}'.format(x=1, y=2))
T("'{0}{x}'.format(5, x=6)", lambda: '{0}{x}'.format(5, x=6))
T("'{{}} {{{}}}'.format(7)", lambda: '{{}} {{{}}}'.format(7))
T("'{!r} {!s} {!a}'.format('é', 'é', 'é')", lambda: '{!r} {!s} {!a}'.format('é', 'é', 'é'))
T("'{0!r:>8}'.format('ab')", lambda: '{0!r:>8}'.format('ab'))
T("'{:>10}|{:<6}|{:^7}|'.format('r', 'l', 'c')", lambda: '{:>10}|{:<6}|{:^7}|'.format('r', 'l', 'c'))
T("'{:*^11}'.format('mid')", lambda: '{:*^11}'.format('mid'))
T("'{:08.3f}'.format(3.14159)", lambda: '{:08.3f}'.format(3.14159))
T("'{:+d} {:x} {:#o} {:,}'.format(5, 255, 8, 1234567)", lambda: '{:+d} {:x} {:#o} {:,}'.format(5, 255, 8, 1234567))
T("'{:{w}.{p}f}'.format(3.14159, w=10, p=2)", lambda: '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
T("'{:>{}}'.format('x', 5)", lambda: '{:>{}}'.format('x', 5))
T("'{0:{1}}'.format('x', 4)", lambda: '{0:{1}}'.format('x', 4))
T("'{0.real} {0.imag}'.format(3)", lambda: '{0.real} {0.imag}'.format(3))
T("'{0[1]} {0[0]}'.format(['a', 'b'])", lambda: '{0[1]} {0[0]}'.format(['a', 'b']))
T("'{d[k]} {d[1]}'.format(d={'k': 'v', 1: 'one'})", lambda: '{d[k]} {d[1]}'.format(d={'k': 'v', 1: 'one'}))
T("'{0[-1]}'.format({'-1': 'neg'})", lambda: '{0[-1]}'.format({'-1': 'neg'}))
T("'{0.real:.1f}'.format(1.5)", lambda: '{0.real:.1f}'.format(1.5))
T("'{.imag}'.format(2)", lambda: '{.imag}'.format(2))
T("'{:}'.format(5)", lambda: '{:}'.format(5))
T("'{!s:>5}'.format(1)", lambda: '{!s:>5}'.format(1))
T("'{}'.format(None)", lambda: '{}'.format(None))
T("'{:d}'.format(True)", lambda: '{:d}'.format(True))
T("'{}'.format(True)", lambda: '{}'.format(True))
T("'{:5}|'.format(True)", lambda: '{:5}|'.format(True))
T("'{}'.format([1, 'a'])", lambda: '{}'.format([1, 'a']))
T("'x{'.format()", lambda: 'x{'.format())
T("'{'.format()", lambda: '{'.format())
T("'}'.format()", lambda: '}'.format())
T("'{}}'.format(1)", lambda: '{}}'.format(1))
T("'{0'.format(1)", lambda: '{0'.format(1))
T("'{0!}'.format(1)", lambda: '{0!}'.format(1))
T("'{0!x}'.format(1)", lambda: '{0!x}'.format(1))
T("'{0!rr}'.format(1)", lambda: '{0!rr}'.format(1))
T("'{0!'.format(1)", lambda: '{0!'.format(1))
T("'{1}'.format(1)", lambda: '{1}'.format(1))
T("'{}'.format()", lambda: '{}'.format())
T("'{}{0}'.format(1)", lambda: '{}{0}'.format(1))
T("'{0}{}'.format(1)", lambda: '{0}{}'.format(1))
T("'{a}'.format()", lambda: '{a}'.format())
T("'{a}'.format(b=1)", lambda: '{a}'.format(b=1))
T("'{0.}'.format(1)", lambda: '{0.}'.format(1))
T("'{0[}'.format(1)", lambda: '{0[}'.format(1))
T("'{0[]}'.format([1])", lambda: '{0[]}'.format([1]))
T("'{0.real.x}'.format(1)", lambda: '{0.real.x}'.format(1))
T("'{0[1]}'.format([1])", lambda: '{0[1]}'.format([1]))
T("'{0[a]}'.format({})", lambda: '{0[a]}'.format({}))
T("'{:{:{}}}'.format(1, 2, 3)", lambda: '{:{:{}}}'.format(1, 2, 3))
T("'{0x}'.format(1)", lambda: '{0x}'.format(1))
T("'{0]'.format(1)", lambda: '{0]'.format(1))
T("'{0[0]x}'.format([1])", lambda: '{0[0]x}'.format([1]))
T("'{:d}'.format('a')", lambda: '{:d}'.format('a'))
T("'{:s}'.format(1)", lambda: '{:s}'.format(1))
T("'{0:{1}'.format(1, 2)", lambda: '{0:{1}'.format(1, 2))
T("'{-1}'.format(1)", lambda: '{-1}'.format(1))
T("'{ }'.format(1)", lambda: '{ }'.format(1))
T("'{a{b}'.format()", lambda: '{a{b}'.format())
T("'{:>5'.format(1)", lambda: '{:>5'.format(1))
T("'{x.y}'.format_map({'x': 1})", lambda: '{x.y}'.format_map({'x': 1}))
T("'{name} is {age}'.format_map({'name': 'Al', 'age': 3})", lambda: '{name} is {age}'.format_map({'name': 'Al', 'age': 3}))
T("'{0}'.format_map({})", lambda: '{0}'.format_map({}))
T("'{a}'.format_map(1)", lambda: '{a}'.format_map(1))
T("'abc'.format_map(1)", lambda: 'abc'.format_map(1))
T("'abc'.format_map()", lambda: 'abc'.format_map())
T("'{x}'.format_map({'x': 1}, 2)", lambda: '{x}'.format_map({'x': 1}, 2))
T("'{:%}'.format(0.25)", lambda: '{:%}'.format(0.25))
T("'{:e}'.format(12345.678)", lambda: '{:e}'.format(12345.678))
T("'{:.3g}'.format(0.000123456)", lambda: '{:.3g}'.format(0.000123456))
T("'{:_b}'.format(255)", lambda: '{:_b}'.format(255))
T("'{:c}'.format(65)", lambda: '{:c}'.format(65))
T("'{:=+8d}'.format(42)", lambda: '{:=+8d}'.format(42))
T("format('abc', '>5')", lambda: format('abc', '>5'))
T("'abc'.__format__('^7')", lambda: 'abc'.__format__('^7'))
T("'{0:{1}{2}}'.format(3.5, '>', 8)", lambda: '{0:{1}{2}}'.format(3.5, '>', 8))
class P:
    def __init__(self, x):
        self.x = x
    def __format__(self, spec):
        return 'P<' + spec + '>' + str(self.x)
    def __repr__(self):
        return 'P(%r)' % (self.x,)
    def __str__(self):
        return 'p' + str(self.x)

print('{} {!r} {!s} {:abc} {:}'.format(P(1), P(2), P(3), P(4), P(5)))
print('{0.x} {0:{fmt}}'.format(P(7), fmt='zz'))
class Bad:
    def __format__(self, spec):
        return 5
try:
    '{}'.format(Bad())
except TypeError as e:
    print('TypeError', e)
class Plain:
    pass
try:
    '{:x}'.format(Plain())
except TypeError as e:
    print('TypeError', e)
class M:
    def __getitem__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(M()))
row = {'name': 'widget', 'price': 9.5, 'qty': 3}
print('{name:<10}|{price:>8.2f}|{qty:^5}|'.format(**row))
for w in range(3, 6):
    print('[{:^{w}}]'.format('ab', w=w))
