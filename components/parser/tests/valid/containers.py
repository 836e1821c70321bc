[]
[1, 2, 3,]
()
(1,)
(1, 2)
{}
{1: 2, **d, 3: 4}
{1, 2, *s}
[x for x in y if x if z for w in x]
{k: v for k, v in d.items()}
{x for x in y}
(x for x in y)
[*a, *b]
x[1:2, ::3, 4]
x[:]
x[::]
x[a:b:c]
x[1,]
x[*a]
