try:
  1/0
except Exception as e:
  raise KeyError(1) from e
