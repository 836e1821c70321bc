# A str subclass with its own __eq__/__hash__ as dict key goes through
# them; an unbound super object is a descriptor.

class Caseless(str):
    def __init__(self, value):
        self.canonical = value.lower()
    def __eq__(self, other):
        if not isinstance(other, Caseless):
            other = Caseless(other)
        return self.canonical == other.canonical
    def __hash__(self):
        return hash(self.canonical)

d = {Caseless("one"): 1, Caseless("Two"): 2}
print(d[Caseless("ONE")], d[Caseless("tWo")], Caseless("TWO") in d, d.get(Caseless("three")))
print(d.get("one"), "one" in d)
d[Caseless("ONE")] = 11
print(len(d), list(d.values()))

class Plain(str):
    pass
e = {Plain("a"): 1, "b": 2}
print(e["a"], e[Plain("b")], {"x": 1}[Plain("x")])

class A:
    def meth(self, a):
        return "A(%r)" % a
class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3))
s = super(C)
print(s.__get__(None, C) is s)
bound = s.__get__(C())
print(type(bound).__name__, type(bound.__self__).__name__, bound.__thisclass__.__name__)
b2 = super(C, C())
print(b2.__get__(A()) is b2)
