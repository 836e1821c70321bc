# Nested function definitions: qualnames, redefinition, conditional definition.
def outer():
    def inner():
        def innermost():
            return innermost.__qualname__
        return innermost()
    return inner(), inner.__qualname__
print(outer())

def conditional(flag):
    if flag:
        def f():
            return "flag version"
    else:
        def f():
            return "no-flag version"
    return f()
print(conditional(True), conditional(False))

def redefine():
    def g(): return 1
    first = g
    def g(): return 2
    return first(), g(), first is g
print(redefine())

class K:
    def method(self):
        def helper():
            return helper.__qualname__
        return helper()
    class Inner:
        def m(self):
            return K.Inner.m.__qualname__
print(K().method(), K.Inner().m())

def make_counter():
    def counter():
        counter.count += 1
        return counter.count
    counter.count = 0
    return counter
c1, c2 = make_counter(), make_counter()
c1(); c1(); c2()
print(c1.count, c2.count)

def returns_functions():
    return [lambda: i for i in range(2)], [(lambda j: lambda: j)(i) for i in range(2)]
a, b = returns_functions()
print([f() for f in a], [f() for f in b])
