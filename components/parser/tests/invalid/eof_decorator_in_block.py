def f():
  @d
