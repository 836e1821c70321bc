f(x for x in y)
f((x for x in y), z)
sum(i*i for i in range(10))
