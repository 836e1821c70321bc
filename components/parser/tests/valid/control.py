if a:
    pass
elif b:
    x = 1
elif c:
    pass
else:
    y = 2
while x:
    break
else:
    continue
for i in range(10):
    pass
else:
    pass
for a, (b, c) in d: pass
for x, in y: pass
