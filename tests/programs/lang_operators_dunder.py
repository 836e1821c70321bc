# Binary operators dispatch to dunders, reflected and in-place variants.
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V({self.n})"
    def __add__(self, o): return V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.n)
    def __sub__(self, o): return V(self.n - o)
    def __rsub__(self, o): return V(o - self.n)
    def __mul__(self, o): return V(self.n * o)
    def __rmul__(self, o): return V(o * self.n)
    def __truediv__(self, o): return V(self.n / o)
    def __floordiv__(self, o): return V(self.n // o)
    def __mod__(self, o): return V(self.n % o)
    def __pow__(self, o, mod=None): return V(pow(self.n, o, mod))
    def __rpow__(self, o): return V(o ** self.n)
    def __lshift__(self, o): return V(self.n << o)
    def __rshift__(self, o): return V(self.n >> o)
    def __and__(self, o): return V(self.n & o)
    def __or__(self, o): return V(self.n | o)
    def __xor__(self, o): return V(self.n ^ o)
    def __matmul__(self, o): return V(self.n * 100 + o)
    def __rmatmul__(self, o): return V(o * 100 + self.n)
    def __neg__(self): return V(-self.n)
    def __pos__(self): return V(+self.n)
    def __abs__(self): return V(abs(self.n))
    def __invert__(self): return V(~self.n)
    def __divmod__(self, o): return (self.n // o, self.n % o)
    def __rdivmod__(self, o): return ("r", o // self.n)

v = V(7)
print(v + 1, 1 + v, v + V(2), v - 2, 10 - v, v * 3, 3 * v)
print(v / 2, v // 2, v % 4, v ** 2, 2 ** v, pow(v, 2, 5))
print(v << 1, v >> 1, v & 3, v | 8, v ^ 1, v @ 5, 5 @ v)
print(-v, +v, abs(V(-3)), ~v, divmod(v, 2), divmod(20, v))

class OnlyRight:
    def __radd__(self, o): return "radd called"
print(5 + OnlyRight(), [1] + OnlyRight() if False else "skip")
try:
    OnlyRight() + 5
except TypeError as e:
    print("TypeError:", e)

# subclass reflected method takes priority
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())

# NotImplemented chains
class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
for expr in ("NI() + NI()", "NI() + 1", "1 - 'a'", "[] * 1.5", "{} | []", "None @ None", "~1.5", "-'x'"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
