r = [x for a, *b in y]
s = {k: v for k, *v, in z}
t = (x for a, in y)
