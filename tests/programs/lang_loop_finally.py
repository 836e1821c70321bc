# break/continue/return through try/finally and with blocks inside loops.
def f():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"fin{i}")
    return out
print(f())

def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return "done"
print(g())

def ret_in_loop():
    for i in range(5):
        try:
            return i
        finally:
            print("finally before return", i)
print(ret_in_loop())

def finally_overrides():
    for i in range(3):
        try:
            break
        finally:
            return "finally wins"
print(finally_overrides())

def continue_in_finally():
    res = []
    for i in range(3):
        try:
            res.append(i)
            raise ValueError
        except ValueError:
            pass
        finally:
            continue
    return res
print(continue_in_finally())

def break_swallows_exception():
    for i in range(2):
        try:
            raise KeyError("gone")
        finally:
            break
    return "exception swallowed"
print(break_swallows_exception())

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0])
        return False

def with_in_loop():
    for i in range(3):
        with CM(i):
            if i == 0:
                continue
            if i == 1:
                break
    return "ok"
print(with_in_loop())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("wf", n)
    return n
print(while_finally())

def nested_loops():
    for a in range(2):
        for b in range(2):
            try:
                if b == 1:
                    break
            finally:
                print("nl", a, b)
nested_loops()
