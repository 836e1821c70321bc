# A plain class mixed with a builtin base: the builtin's layout wins and becomes __base__.
class Rect:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self): return f'Rect({self.x}, {self.y})'
class RectComplex(Rect, complex):
    pass
print(RectComplex.__base__, RectComplex.__mro__)
r = RectComplex(1, 2)
print(r, r.x, complex.__repr__(r), r.real, r.imag, isinstance(r, complex), abs(RectComplex(3, 4)))
class A: pass
class B(A, int): pass
b = B(5); print(b + 1, B.__base__)
try:
    class X(int, str): pass
except TypeError as e: print(e)
