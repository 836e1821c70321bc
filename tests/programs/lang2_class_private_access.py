# Private names across class boundaries and via getattr strings.
class A:
    __x = "A private"
    def get_a(self): return self.__x
class B(A):
    __x = "B private"
    def get_b(self): return self.__x
b = B()
print(b.get_a(), b.get_b(), b._A__x, b._B__x)
print(sorted(k for k in vars(B) if "__x" in k), sorted(k for k in vars(A) if "__x" in k))
class C:
    def __init__(self): self.__v = 1
    def peek(self, other): return other.__v
print(C().peek(C()))
try:
    C().__v
except AttributeError as e:
    print("AttributeError:", e)
def outside(obj):
    return obj._C__v
print(outside(C()))
class D:
    def method(self):
        return [self.__attr for self.__attr in range(2)] if False else "skip"
    def via_lambda(self):
        self.__z = 5
        f = lambda: self.__z
        return f()
    def via_exec(self):
        self.__w = 6
        return eval("self.__w", {"self": self}) if False else getattr(self, "_D__w")
print(D().via_lambda(), D().via_exec())
