# for/while else with break inside try/finally and nested loops.
def search(rows, target):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
def with_finally():
    log = []
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            log.append(f"finally {i}")
    else:
        log.append("else")
    return log
print(with_finally())
def while_else_return():
    n = 0
    while n < 2:
        n += 1
    else:
        return f"else with n={n}"
print(while_else_return())
def continue_in_else():
    out = []
    for i in range(2):
        for j in range(2):
            pass
        else:
            out.append(i)
            continue
        out.append("unreachable")
    return out
print(continue_in_else())
