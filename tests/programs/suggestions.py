import sys
class A:
    def __init__(self):
        self.value = 1
    def meth(self):
        return valeu
def f():
    counter = 1
    try:
        print(countr)
    except NameError as e:
        print(e, e.name)
f()
try:
    A().valeu
except AttributeError as e:
    print(e, e.name)
try:
    sys.exitt
except AttributeError as e:
    print(e)
try:
    A().meth()
except NameError as e:
    print(e)
prnt("x")
