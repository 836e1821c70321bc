# Class attribute lookups vs instance and global names; class body executes once.
count = 0
class A:
    global count
    count += 1
    value = count
    def get_value(self):
        return value
print(count, A.value)
try:
    A().get_value()
except NameError as e:
    print("NameError:", e)

value = "module value"
print(A().get_value())

class B:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = "NameError: " + str(e)
print(B.Inner.y)

# class attribute shadowing instance attribute and properties
class P:
    attr = "class"
    def __init__(self):
        self.attr = "instance"
p = P()
print(p.attr, P.attr)
del p.attr
print(p.attr)

# class body locals() is the namespace
class N:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(N.names)

# class statement in a loop creates distinct classes
classes = []
for i in range(3):
    class K:
        idx = i
    classes.append(K)
print([k.idx for k in classes], classes[0] is classes[1])
