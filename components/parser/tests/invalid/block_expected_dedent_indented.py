if x:
  if y:
    for k in z:
  w
