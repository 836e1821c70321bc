a, *b = c
*a, b = c
return_ = *a, *b
for *x, y in z: pass
x = *a,
print(*[1], *(2,))
