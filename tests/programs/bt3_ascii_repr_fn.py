# ascii() and repr() of strings with every escape class
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ['plain', 'é', '\u20ac', '\U0001f600', '\x00\x07\x1b', '\t\n\r', "'", '"', '\'"', '\\', '\udc80', '\x7f', '\x9f', '\xa0', '\u200b']:
    print(ascii(s), repr(s))
t(lambda: ascii([1, 'é', {'k': b'\xff'}]))
t(lambda: ascii(1.5))
class R:
    def __repr__(self): return 'répr'
t(lambda: ascii(R()))
t(lambda: repr(R()))
class Bad:
    def __repr__(self): return 5
t(lambda: repr(Bad()))
t(lambda: ascii(Bad()))
t(lambda: ascii())
