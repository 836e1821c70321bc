f(a, \
