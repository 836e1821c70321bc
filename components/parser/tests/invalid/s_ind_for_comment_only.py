for x in y:
# c
