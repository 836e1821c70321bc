@x
x = 1
