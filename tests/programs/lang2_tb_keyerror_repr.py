# Uncaught KeyError shows the key's repr (tuple keys are wrapped).
table = {(1, 2): "a"}
print(table[1, 2])
table[3, 4]
