del (a, b
