# nonlocal: rebinding enclosing function variables, several levels deep.
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = mid()
    print("inner", f(), f())
    return x

print("outer", outer())

def counter_factory():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get

inc, get = counter_factory()
inc(); inc(5)
print(get())

def two_levels():
    a = "a0"
    def l1():
        a = "a1"
        def l2():
            nonlocal a
            a = "a2"
        l2()
        return a
    r = l1()
    return a, r

print(two_levels())

def nonlocal_del():
    v = 5
    def kill():
        nonlocal v
        del v
    kill()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(nonlocal_del())

def nonlocal_in_loop():
    fns = []
    total = 0
    for i in range(4):
        def add(i=i):
            nonlocal total
            total += i
        fns.append(add)
    for f in fns:
        f()
    return total

print(nonlocal_in_loop())

def class_in_func():
    y = 1
    class K:
        def m(self):
            nonlocal y
            y += 1
            return y
    k = K()
    k.m(); k.m()
    return y

print(class_in_func())
