# Attribute reads on one instance, in a function (LOAD_ATTR of instance-dict attributes).
class C:
    def __init__(self):
        self.x = 1
        self.y = 2
def f(o):
    t = 0
    for i in range(1_000_000):
        t += o.x
        t += o.y
    return t
print(f(C()))
