# format() and __format__: inheritance, object.__format__ errors, subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P:
    pass
t(lambda: format(P(), '').startswith('<__main__.P object'))
t(lambda: format(P(), 'x'))
t(lambda: f'{P():>5}')
class F:
    def __format__(self, spec): return 'F(' + spec + ')'
t(lambda: format(F(), '^10'))
t(lambda: f'{F()!r:>3}'[:3])
t(lambda: f'{F():{"a"}{"b"}}')
class Bad:
    def __format__(self, spec): return 5
t(lambda: format(Bad()))
class IntSub(int):
    pass
t(lambda: format(IntSub(5), '03d'))
class IntStr(int):
    def __str__(self): return 'custom'
t(lambda: (format(IntStr(5)), format(IntStr(5), ''), format(IntStr(5), 'd'), f'{IntStr(5)}', str(IntStr(5))))
t(lambda: format(5, 5))
t(lambda: format())
t(lambda: format(1.5, 'd'))
t(lambda: format('s', 'd'))
t(lambda: format(5, 's'))
t(lambda: format([1], ''))
t(lambda: format(None, ''))
t(lambda: format(None, '>6'))
t(lambda: format(True, ''), )
t(lambda: format(True, 'd'))
t(lambda: format(True, '>6'))
