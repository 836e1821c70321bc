# if/elif/else, while with break/continue/else, for over range with else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 99):
    print(v, classify(v))

i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print("total", total)

for k in range(3):
    pass
else:
    print("for-else ran, k =", k)

n = 10
while n > 0:
    n -= 3
else:
    print("while-else ran, n =", n)

for a in range(2, 20):
    for b in range(2, a):
        if a % b == 0:
            break
    else:
        print(a, end=" ")
print()
print(list(range(10, 0, -3)), list(range(-2, 3)), len(range(0, 100, 7)))
print(1 if 0 else 2, not 1, not 0, 1 and 2, 0 or 3, None or [] or "last")
