# nonlocal reaching through several levels, and interplay with global.
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner
    f = mid()
    print(f(), f(), a)
    def mid2():
        a = 100
        def inner():
            nonlocal a
            a += 1
            return a
        return inner, lambda: a
    g, peek = mid2()
    print(g(), peek(), a)
    return a

print(outer())

counter = 0
def make():
    counter = 50
    def bump():
        global counter
        counter += 1
        return counter
    def local_peek():
        return counter
    return bump, local_peek

b, p = make()
print(b(), b(), p(), counter)

def shadow():
    v = "outer"
    def a():
        v = "a-local"
        def b():
            nonlocal v
            v = "set-by-b"
        b()
        return v
    r = a()
    return r, v
print(shadow())

# nonlocal in a class method refers to enclosing function, not class
def with_class():
    n = 0
    class K:
        n = 99
        def inc(self):
            nonlocal n
            n += 1
            return n
    k = K()
    k.inc(); k.inc()
    return n, K.n
print(with_class())

# del of nonlocal
def deleter():
    q = 1
    def d():
        nonlocal q
        del q
    d()
    try:
        return q
    except NameError as e:
        return str(e)
print(deleter())

def unbound_free():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 3
    return inner()
print(unbound_free())
