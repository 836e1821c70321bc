def f(*a: int = 1): pass
