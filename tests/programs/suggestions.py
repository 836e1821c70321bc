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

# 3.13: unexpected keyword arguments suggest a parameter name
def kwf(name, value=1, *, flag=False): pass
for kw in ({'nme': 1}, {'name': 1, 'valu': 2}, {'name': 1, 'zzz': 2}, {'name': 1, 'flg': 1}, {'name': 1, 'Value': 2}):
    try:
        kwf(**kw)
    except TypeError as e:
        print(e)
