x = 1
g = globals()
print(g['x'], g is globals(), '__name__' in g, g['__name__'])
g['new_global'] = 5
print(new_global)
def f(a, b=2):
    c = a + b
    l = locals()
    print(sorted(l.items()))
    l['c'] = 100
    print(c)
    return locals() is locals()
print(f(1))
def closure():
    free = 'free'
    def inner():
        print(sorted(locals()))
        return free
    return inner
closure()()
class K:
    cls_var = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
print(locals() is globals())
def gen():
    y = 1
    yield sorted(locals())
print(next(gen()))
lam = lambda q: sorted(locals())
print(lam(1))
def modify_global():
    global x
    x = 42
modify_global()
print(x, globals()['x'])
exec('z_from_exec = 9', globals())
print(z_from_exec)
def uses_exec():
    exec('w = 1')
    return 'w' in locals()
print(uses_exec())
