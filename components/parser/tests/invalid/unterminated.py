print("x
