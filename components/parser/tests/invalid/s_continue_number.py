continue 1
