[x for a, f() in y]
