[x for x+1, x() in y]
