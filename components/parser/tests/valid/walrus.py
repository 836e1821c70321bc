if (n := len(a)) > 10: pass
while chunk := f.read(10): pass
[y for x in data if (y := f(x))]
