f(a, *x y)
