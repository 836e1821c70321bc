# while loops with else, break, continue.
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran at", n)

n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)

n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)

# nested loops: break only leaves the inner one
i = 0
while i < 3:
    j = 0
    while True:
        if j == i:
            break
        j += 1
    print("i", i, "j", j)
    i += 1
else:
    print("outer else")

# while condition evaluated each time
items = [1, 2, 3]
while items:
    print("pop", items.pop())
else:
    print("empty")

# continue in while's else is about the enclosing loop
for k in range(2):
    w = 0
    while w < 1:
        w += 1
    else:
        print("else of while at k", k)
        continue
    print("never")

# while with walrus
data = iter([5, 4, 0, 3])
while (v := next(data)) != 0:
    print("v", v)
