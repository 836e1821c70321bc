# break/continue/return crossing try/finally and with blocks inside loops.
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(f"enter {self.n}")
    def __exit__(self, *a):
        log.append(f"exit {self.n} {a[0].__name__ if a[0] else None}")

for i in range(4):
    with CM(i):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
else:
    log.append("else not reached")
print(log); log.clear()

# continue inside finally (allowed since 3.8)
for i in range(3):
    try:
        log.append(i)
        if i == 1:
            raise ValueError
    finally:
        if i == 1:
            continue
    log.append("after try")
print(log); log.clear()

# break inside finally swallows the exception
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "swallowed"
print(swallow())

# return inside finally overrides return in try
def override():
    for i in range(3):
        try:
            return "try"
        finally:
            if i == 0:
                continue
    return "after loop"
print(override())

# nested loops: break only leaves the inner one, else of the outer runs
for a in range(2):
    for b in range(5):
        if b == 1:
            break
        log.append((a, b))
    else:
        log.append("inner else")
else:
    log.append("outer else")
print(log); log.clear()

# while loop with else and a finally that sees every iteration
n = 0
while n < 5:
    n += 1
    try:
        if n % 2:
            continue
        log.append(n)
    finally:
        log.append(f"f{n}")
else:
    log.append("while else")
print(log); log.clear()

# the loop variable keeps the last value after break, and is unbound for an empty loop
for last in range(10):
    if last == 3:
        break
print(last)
def empty_loop():
    for v in []:
        pass
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(empty_loop())

# generator loop closed by break runs its finally
def g():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")
for v in g():
    break
print(log); log.clear()

# async-free: break out of a for over a with-managed iterator
def counted():
    for i in range(100):
        with CM(f"c{i}"):
            if i == 1:
                return i
print(counted(), log)
