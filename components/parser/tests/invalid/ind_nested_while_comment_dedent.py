if x:
    while y:
# c
z
