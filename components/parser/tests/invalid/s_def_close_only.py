def f): pass
