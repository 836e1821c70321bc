def f():
    for x in y:
z
