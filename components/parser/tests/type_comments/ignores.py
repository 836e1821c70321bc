x = 1  # type: ignore
x = 1  # type: ignore[foo]  
x = 1  # type: ignored
x = 1  # type: ignore=1
# type: ignore
if x:
  # type: ignore[a]
  pass
x = [ # type: ignore
1]
x = 1  # type: ignoreé
x = 1  #  type  :  int  
x = 1  # Type: int
