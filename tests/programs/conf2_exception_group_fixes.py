# ExceptionGroup: generic alias, sequence check, read-only fields, derive()
# result check, and independent __notes__ copies for split parts.
print(ExceptionGroup[int], BaseExceptionGroup[ValueError].__origin__.__name__)

for excs in ({ValueError(1)}, None, {"a": ValueError(1)}):
    try:
        ExceptionGroup("eg", excs)
    except TypeError as e:
        print("TypeError:", e)

eg = ExceptionGroup("eg", [TypeError(1), ValueError(2)])
for field in ("message", "exceptions"):
    try:
        setattr(eg, field, "x")
    except AttributeError as e:
        print("AttributeError:", e)

eg.add_note("n1")
match, rest = eg.split(TypeError)
print(match.__notes__, rest.__notes__, match.__notes__ is eg.__notes__)
match.add_note("only in match")
print(eg.__notes__, rest.__notes__)

eg2 = ExceptionGroup("eg2", [TypeError(1), ValueError(2)])
eg2.__notes__ = "not a sequence"
m, r = eg2.split(TypeError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))

class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    Bad("b", [TypeError(1), ValueError(2)]).split(TypeError)
except TypeError as e:
    print("TypeError:", e)
