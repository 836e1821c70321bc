f()
f(a, b, *c, d=1, **e)
f(x for x in y)
f(a)(b)[c].d
print('hi', end='')
f(*a, *b, c=1, *d, **e, **f)
