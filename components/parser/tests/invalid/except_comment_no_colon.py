try:
  pass
except  # c
  pass
