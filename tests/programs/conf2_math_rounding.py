# math.floor/ceil/trunc use the type's __floor__/__ceil__/__trunc__;
# negative comb/perm arguments of any size are ValueErrors.
import math

class Special:
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"

class FloatSpecial(float):
    def __ceil__(self):
        return 42

class FloatLike:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v

class IntSub(int):
    def __floor__(self):
        return "intsub floor"

s = Special()
print(math.floor(s), math.ceil(s), math.trunc(s))
print(math.ceil(FloatSpecial(1.5)), math.floor(FloatSpecial(1.5)), math.ceil(FloatLike(2.5)), math.floor(FloatLike(-2.5)))
print(math.floor(IntSub(5)), math.ceil(IntSub(5)), math.trunc(True), math.floor(3), math.ceil(-3.5))
s.__ceil__ = lambda: "instance"
print(math.ceil(s))
for bad in (FloatLike(1.0), object()):
    try:
        print(math.trunc(bad))
    except TypeError as e:
        print("TypeError:", e)
for args in ((-2**1000, 1), (5, -2**1000), (-1, 2)):
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except ValueError as e:
            print(f.__name__, "ValueError:", e)
