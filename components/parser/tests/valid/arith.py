-x + +y - ~z
not a and b or c
a < b <= c != d is e is not f in g not in h
x | y ^ z & w << 1 >> 2
2 ** -1
a if b else c
