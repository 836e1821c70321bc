x = (1,  # type: int
  2)
