[x for a in y for b+1 in z]
