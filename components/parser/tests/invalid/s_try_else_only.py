try:
  x
else:
  y
