for x in y:  # type: int
  pass
async def f():
  async for x in y:  # type: int
    pass
  async with a:  # type: int
    pass
with a as b:  # type: int
  pass
with (a as b):  # type: int
  pass
with (a, b):  # type: int
  pass
