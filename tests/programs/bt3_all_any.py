# all() / any(): short-circuiting, truthiness errors, iterables
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
log = []
def g(vals):
    for v in vals:
        log.append(v)
        yield v
t(lambda: all(g([1, 0, 2])))
t(lambda: list(log))
log.clear()
t(lambda: any(g([0, '', 3, 4])))
t(lambda: list(log))
t(lambda: all([]))
t(lambda: any([]))
t(lambda: all('abc'))
t(lambda: any({0: 'a'}))
t(lambda: all(5))
t(lambda: any())
class Bad:
    def __bool__(self): raise ValueError('no bool')
t(lambda: all([1, Bad()]))
t(lambda: any([Bad()]))
class BadRet:
    def __bool__(self): return 2
t(lambda: all([BadRet()]))
class L:
    def __len__(self): return 0
t(lambda: any([L()]))
t(lambda: all(x > 0 for x in range(1, 5)))
t(lambda: any(x > 3 for x in range(5)))
