# A zero-argument super() called bare (not as super().attr), as _strptime does.
class A(dict):
    def __init__(self, x=None):
        base = super()
        base.__init__({'a': 1})
        base.__setitem__('b', base.__getitem__('a') + 1)
        print(type(base).__name__)

class B(A):
    def __init__(self):
        s = super()
        s.__init__()
        def inner():
            return self
        inner()

print(A(), B())

def f():
    return super()
try:
    f()
except RuntimeError as e:
    print(e)
class C:
    def m(*args):
        return super()
try:
    C().m()
except RuntimeError as e:
    print(e)
def g(x):
    return super()
try:
    g(1)
except RuntimeError as e:
    print(e)
