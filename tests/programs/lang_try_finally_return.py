# try/finally interplay with return values, exceptions and generators.
def a():
    try:
        return 1
    finally:
        print("a finally")

def b():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("b finally, x =", x)

def c():
    try:
        raise ValueError("c")
    except ValueError:
        return "from except"
    finally:
        print("c finally")

def d():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("d inner finally")
    except KeyError as e:
        return f"caught {e}"

def e():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("e finally", i)

def f():
    try:
        return "try"
    finally:
        try:
            raise ValueError
        except ValueError:
            print("f handled in finally")

print(a(), b(), c(), d(), e(), f())

def g():
    try:
        yield 1
        yield 2
    finally:
        print("g finally")
for v in g():
    print("g", v)
    break
print("after break")

def h():
    try:
        1 / 0
    finally:
        print("h finally")
try:
    h()
except ZeroDivisionError:
    print("h propagated")

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
