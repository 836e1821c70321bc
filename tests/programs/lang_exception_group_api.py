# BaseExceptionGroup/ExceptionGroup API: subgroup, split, derive, notes.
eg = ExceptionGroup("top", [ValueError(1), KeyError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
print(repr(eg))
print(str(eg))
sub = eg.subgroup(ValueError)
print(repr(sub))
match, rest = eg.split(lambda e: isinstance(e, (KeyError, OSError)))
print(repr(match))
print(repr(rest))
print(eg.subgroup(ZeroDivisionError))
print(eg.split(Exception)[1])

print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("e", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("e", [1])
except ValueError as e:
    print("ValueError:", e)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
a, b = m.split(ValueError)
print(repr(a), repr(b))

e = ValueError("noted")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print("TypeError:", ex)

# notes and traceback copied by split
g = ExceptionGroup("n", [ValueError("x")])
g.add_note("group note")
s = g.subgroup(ValueError)
print(s.__notes__)
print(g.exceptions, type(g.exceptions).__name__)
