vals = ['plain', 'quote\'s', 'dq"', "both'\"", 'tab\there', 'nl\n', 'bs\\', '\x00\x07\x1f\x7f', 'é', '中文', '\u200d', '\xa0', '\U0001f600',
        '\ud7ff', '\ue000', '\U0010ffff', '\x80\x9f', '\u0300', 'ÿ', '\u2029']
for v in vals:
    print(repr(v), ascii(v), len(repr(v)))
print(repr(b'\x00\x80\xff\'"'), ascii(b'abc'), repr(bytearray(b'\n')))
print(repr(1.0), repr(-0.0), repr(1e100), repr(1.1), ascii(1.5), repr(10**20), repr(True), repr(None), repr(...), repr(NotImplemented))
print(repr([1, 'a', None]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset()), repr({1: [2]}), repr(range(0, 5, 2)), repr(slice(1, None)))
print(repr(int), repr(object), repr(type), repr(len), repr(print)[:25], repr(str.upper)[:30], repr([].append)[:30])
class C:
    pass
print(repr(C)[-12:], repr(C.__init__)[:30], repr(object.__init__))
class R:
    def __repr__(self):
        return 'R()'
print(repr(R()), str(R()), ascii(R()), f'{R()!r} {R()!s} {R()!a}', '%r' % R())
class Uni:
    def __repr__(self):
        return 'Ü'
print(repr(Uni()), ascii(Uni()), ascii([Uni()]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
try:
    str(BadRepr())
except TypeError as e:
    print('TypeError:', e)
