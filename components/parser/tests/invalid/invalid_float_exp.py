a = 1e5x
