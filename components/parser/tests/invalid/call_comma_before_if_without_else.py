f(a b if c d)
