def f(**k, **l): pass
