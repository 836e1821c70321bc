# str: `s * 1` and a one-item join give the exact str itself; ascii() keeps
# an all-ASCII repr object (a str subclass stays one); %d asks __int__
# before __index__; `__str__ = None` blocks str() and format().


class S(str):
    pass


a = 'abc123'
print(a * 1 is a, 1 * a is a, a * 2 is a, ''.join([a]) is a, S().join([a]) is a)
sub = S('xy')
print(''.join([sub]) is sub, type(''.join([sub])).__name__, type(sub * 1).__name__)


class WithRepr:
    def __init__(self, r):
        self.r = r

    def __repr__(self):
        return self.r


print(type(ascii(WithRepr(S('<abc>')))).__name__, ascii(WithRepr('<\U0001f40d>')), type(ascii(S('q'))).__name__)


class Raising:
    def __int__(self):
        raise RuntimeError('int')

    def __index__(self):
        raise RuntimeError('index')


for fmt in ('%d', '%i', '%u', '%x', '%o'):
    try:
        fmt % Raising()
    except RuntimeError as e:
        print(fmt, 'RuntimeError', e)


class Blocked:
    def __repr__(self):
        return 'Blocked()'

    __str__ = None


b = Blocked()
print('{!r}'.format(b), repr(b))
for attempt in (lambda: str(b), lambda: '{!s}'.format(b), lambda: '{}'.format(b), lambda: f'{b}'):
    try:
        attempt()
    except TypeError as e:
        print('TypeError', e)
