match x:
  pass
