# A class registered with collections.abc.Sequence or Mapping after it was
# made matches sequence / mapping patterns, with its subclasses made before
# and after the registration.
import collections.abc

def kind(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "other"

class P1: pass
class C1(P1): pass
print("before", kind(P1()), kind(C1()))
collections.abc.Sequence.register(P1)
class D1(C1): pass
print("sequence", kind(P1()), kind(C1()), kind(D1()))

class P2: pass
class C2(P2): pass
collections.abc.Mapping.register(P2)
class D2(C2): pass
print("mapping", kind(P2()), kind(C2()), kind(D2()))

class P3: pass
collections.abc.MutableSequence.register(P3)
print("mutable sequence", kind(P3()))

class P4: pass
collections.abc.Iterable.register(P4)
print("iterable only", kind(P4()))

collections.abc.Sequence.register(int)
print("builtin int", kind(5))
print("list, dict, str", kind([]), kind({}), kind("ab"))

# A lone starred pattern takes no len(): the registered class above has none.
class P5:
    def __iter__(self):
        return iter("xy")
collections.abc.Sequence.register(P5)
match P5():
    case [*rest]:
        print("rest", rest)
try:
    match P5():
        case [a, *rest]:
            print("never")
except TypeError as e:
    print("with an item before the star, len() is taken:", e)
