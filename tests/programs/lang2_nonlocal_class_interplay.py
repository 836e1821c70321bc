# nonlocal/closures interplaying with classes defined inside functions.
def make_counter_class():
    count = 0
    class Counter:
        def __init__(self):
            nonlocal count
            count += 1
            self.id = count
        @staticmethod
        def total():
            return count
    return Counter
C = make_counter_class()
a, b = C(), C()
print(a.id, b.id, C.total())
D = make_counter_class()
D()
print(C.total(), D.total())
def outer():
    x = "outer x"
    class A:
        x = "class x"
        def get(self):
            return x
        y = [x for _ in range(1)]
    return A().get(), A.y, A.x
print(outer())
def method_closure():
    secret = 42
    class S:
        def reveal(self):
            return secret
    secret = 43
    return S().reveal()
print(method_closure())
def class_in_class_in_func():
    v = "func v"
    class Out:
        v = "Out v"
        class In:
            w = v
    return Out.In.w
print(class_in_class_in_func())
