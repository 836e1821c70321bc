x = 1  # type: int
x = y = 1  # type: int
x = yield  # type: int
x = [1,
  2]  # type: List[int]
x = 1 # type:int # type: str
x = 1  # type: 
x = 1  #	type:	int
