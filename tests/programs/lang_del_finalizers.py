# __del__ runs when the last reference goes; order in simple cases.
class Res:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)

def scope():
    r = Res("local")
    print("in scope")
scope()
print("after scope")

a = Res("a")
b = a
del a
print("a deleted, b still holds")
b = None
print("b cleared")

lst = [Res("in-list-1"), Res("in-list-2")]
lst.pop(0)
print("popped")
lst.clear()
print("cleared list")

def gen():
    r = Res("in-generator")
    yield 1
    yield 2
g = gen()
next(g)
del g
print("generator deleted")

class Loud(Res):
    def __del__(self):
        print("subclass del for", self.name)
        super().__del__()
x = Loud("sub")
x = 1
print("end of program")
last = Res("module-level")
