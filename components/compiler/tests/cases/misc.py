import os.path
import a.b.c as d
from . import x as y, z
from m import *
x[1:2] = y
x[a:b] += 1
x.attr -= 2
x[i] *= 3
f(*args, **kw)
f(1, *a, k=2, **kw)
o.m(1, 2)
{1: 2, **d, 3: 4}
{1, 2, 3}
(1, *t)
s = {k: v for k, v in d.items()}
g = (i for i in range(3))
if (n := 10) > 5: pass
print(x is None, not x, ~x, +x)
t = x[::2], x[1:], x[...]
v = a and b or c
r = 1.5 + 2j
big = 123456789012345678901234567890
neg = -9223372036854775808
w = __debug__
