match x:
  case : pass
