def f():  # type: () -> int
  pass
def g():
  # type: () -> int
  pass
async def h(a, b): # type: (int, int) -> None
    pass
def k(
  a,  # type: int
):
  # type: (...) -> None
  pass
