# `global` in a nested function: module code then uses the globals for the
# name (visible with separate exec locals), and functions nested inside the
# declaring one see the global, not the enclosing function's variable.
x = 7
def f():
    x = 1
    def g():
        global x
        def i():
            def h():
                return x
            return h()
        return i()
    return g()
print(f(), x)

def f2():
    x = 1
    def g():
        x = 2
        def h():
            return x
        return h()
    return g()
print(f2())

glob, loc = {}, {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    r9, r2 = g(), h()
""", glob, loc)
print(loc["r9"], loc["r2"], "y" in glob, "y" in loc)
