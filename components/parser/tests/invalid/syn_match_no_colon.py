match x, y
  case list():
      pass
