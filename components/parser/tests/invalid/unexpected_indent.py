if x:
  pass
   pass
