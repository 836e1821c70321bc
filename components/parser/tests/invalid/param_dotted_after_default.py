def f(a=1, b.=0): pass
