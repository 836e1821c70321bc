def f():  # type: () -> int
  # type: () -> str
  pass
