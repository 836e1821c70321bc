# UnboundLocalError in various forms.
x = 10
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def g():
    x += 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def h(flag):
    if flag:
        y = 1
    return y
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def k():
    try:
        pass
    except Exception as exc:
        pass
    return exc
try:
    k()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def closure():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
closure()

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def loop_var():
    for _ in []:
        item = 1
    return item
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

print(issubclass(UnboundLocalError, NameError))
def with_name():
    try:
        return q
    except NameError as e:
        return e.name
    q = 1
print(with_name())
