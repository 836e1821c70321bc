if a:
  x
elif b:
x
