# Operator methods set to None block the operator; list comparison reads
# the lists afresh after each item comparison; bool's `~` and complex
# subclasses returned by __complex__ warn.
import warnings

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    __add__ = None
    __radd__ = None
    def __sub__(self, o):
        return "sub"
    __isub__ = None
    __lt__ = None

show("A()+1", lambda: A() + 1)
show("1+A()", lambda: 1 + A())
show("A()-1", lambda: A() - 1)
show("A()<1", lambda: A() < 1)
show("1>A()", lambda: 1 > A())
show("A()==1", lambda: A() == 1)
a = A()
try:
    a -= 1
except TypeError as e:
    print("a -= 1", e)

class Eq:
    def __eq__(self, other):
        return True
class NoEq:
    __eq__ = None
class NoNe(Eq):
    __ne__ = None
show("Eq()==NoEq()", lambda: Eq() == NoEq())
show("NoEq()==Eq()", lambda: NoEq() == Eq())
show("NoEq()!=Eq()", lambda: NoEq() != Eq())
show("Eq()!=NoNe()", lambda: Eq() != NoNe())
show("NoNe()!=Eq()", lambda: NoNe() != Eq())

# A list comparison whose item __eq__ empties the lists.
class Clears:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return NotImplemented
l1, l2 = [], []
l1.append(Clears(l2))
l2.append(Clears(l1))
show("cleared ==", lambda: l1 == l2)
l3 = [Clears([])]
l3[0].target = l3
show("cleared vs [1] ==", lambda: l3 == [1])
l4 = [Clears([]), 5]
l4[0].target = l4
show("cleared <", lambda: l4 < [0, 1])
class Loud:
    def __eq__(self, other):
        print("  __eq__ called")
        return True
show("different lengths", lambda: [Loud()] == [1, 2])
show("different lengths !=", lambda: [Loud()] != [1, 2])
show("same lengths", lambda: [Loud(), 1] == [2, 1])
show("ordering", lambda: [1, 2, 3] < [1, 2, 4])
show("ordering prefix", lambda: [1, 2] <= [1, 2, 0])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t = True
    print("~t", ~t)
    print("-True", eval("-True"), "+False", eval("+False"))
    class C(complex):
        def __complex__(self):
            return self
    print("complex(C(2j))", complex(C(2j)))
    for x in w:
        print(x.category.__name__, str(x.message)[:60])

# A builtin number on the left answers before the reflected method of an
# operand whose type does not derive from it, also for `+=`.
class Int(int):
    def __add__(self, other):
        return Int(int(self) + int(other))
    __radd__ = __add__
    def __mul__(self, other):
        return Int(int(self) * int(other))
    __rmul__ = __mul__
    def __repr__(self):
        return f"Int({int(self)})"
t = 4.5
t += Int(7)
print("4.5 += Int(7)", repr(t))
print("4.5 + Int(7)", repr(4.5 + Int(7)), "1 + Int(7)", repr(1 + Int(7)), "2 * Int(3)", repr(2 * Int(3)))
u = 1
u += Int(2)
print("1 += Int(2)", repr(u))
c = 1j
c *= Int(2)
print("1j *= Int(2)", repr(c))
