# @ operator, in-place variants, and operator module equivalents.
class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        self.inplace = True
        return self
    def __repr__(self): return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b)
c = a
c @= b
print(c, a is c, getattr(a, "inplace", False))
import operator
print(operator.matmul(b, b), operator.add(1, 2), operator.getitem([1, 2], 1), operator.neg(5))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3j), operator.methodcaller("upper")("x"))
x = [1]
x = operator.iadd(x, [2])
print(x, operator.contains([1], 1), operator.truth([]), operator.index(7))
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)
