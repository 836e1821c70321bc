def f():
  x
    y
