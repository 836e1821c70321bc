global a, b
nonlocal c
del a, b[1], c.d
del (a, b), [c]
assert x, 'msg'
assert y
pass; pass;
raise
with open(f) as g: pass
with (a as b, c as d): pass
with (a, b): pass
with (yield): pass
with a, b as (c, d): pass
x = (yield)
(x := 5)
[y := 1, y**2]
f(x := 1)
print(*args, sep='')
