# Three-argument pow() calls a Python class's own __pow__, also on an int
# subclass; it never uses __rpow__.

class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)
    def __pow__(self, other, mod=None):
        if mod is None:
            return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        return "rpow"

print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(pow(2, I(3), 5)))
print(repr(I(2) ** 3), repr(2 ** I(3)))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
print(pow(P(), 2, 7), pow(P(), 2))
try:
    pow(2, P(), 7)
except TypeError as e:
    print("TypeError:", e)

class N(int):
    def __pow__(self, other, mod=None):
        return NotImplemented
print(pow(N(3), 2, 5))
