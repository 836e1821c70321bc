# ExceptionGroup.split/subgroup with predicates, nested structure and derive.
eg = ExceptionGroup("root", [ValueError(1), ExceptionGroup("child", [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))
print(eg.split(lambda e: True)[1])
print(eg.subgroup(lambda e: e is eg) is eg)
class Tagged(ExceptionGroup):
    def derive(self, excs):
        t = Tagged(self.message, excs)
        t.tag = getattr(self, "tag", None)
        return t
tg = Tagged("tagged", [ValueError(1), KeyError(2)])
tg.tag = "T"
m, r = tg.split(KeyError)
print(type(m).__name__, m.tag, repr(m.exceptions), type(r).__name__, r.tag)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("base", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
print(type(BaseExceptionGroup("mixed", [ValueError()])).__name__)
print(eg.message, len(eg.exceptions), str(eg))
