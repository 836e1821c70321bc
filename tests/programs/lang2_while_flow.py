# while loops: else, break/continue with finally, conditions with side effects.
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
n = 0
while True:
    n += 1
    if n > 2:
        break
else:
    print("never")
print("n =", n)
log = []
i = 0
while i < 5:
    i += 1
    try:
        if i % 2:
            continue
        log.append(i)
    finally:
        log.append(f"f{i}")
print(log)
def pop_all(stack):
    out = []
    while stack:
        out.append(stack.pop())
    return out
print(pop_all([1, 2, 3]))
calls = 0
def cond():
    global calls
    calls += 1
    return calls < 4
while cond():
    pass
print("cond called", calls)
# while with walrus and nested break to outer via flag
data = [3, 5, 0, 7]
idx = 0
while (v := data[idx]) != 0:
    idx += 1
print("stopped at", idx, v)
found = None
outer = 0
while outer < 3 and found is None:
    inner = 0
    while inner < 3:
        if outer * inner == 2:
            found = (outer, inner)
            break
        inner += 1
    outer += 1
print(found)
# while False body is never compiled away incorrectly
while False:
    print("unreachable")
else:
    print("else of while False")
