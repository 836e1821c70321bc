def f(a,  # type: int
      b  # type: str
      ):
  pass
def g(a, *, b=1,  # type: int
  ):
  pass
def h(*a,  # type: int
  **k  # type: str
  ):
  pass
