x += y = z
