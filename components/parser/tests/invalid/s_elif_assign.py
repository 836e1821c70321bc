if a: pass
elif x = 1: pass
