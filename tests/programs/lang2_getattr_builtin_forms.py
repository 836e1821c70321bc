# getattr/setattr/delattr/hasattr builtins with defaults and errors.
class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", "default"), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b)
delattr(c, "b")
print(hasattr(c, "b"))
for call in [lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: getattr(c), lambda: getattr(c, "zz")]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Raising:
    @property
    def p(self):
        raise ValueError("not an AttributeError")
try:
    hasattr(Raising(), "p")
except ValueError as e:
    print("hasattr propagates:", e)
print(getattr(Raising(), "missing", "dflt"))
try:
    getattr(Raising(), "p", "dflt")
except ValueError as e:
    print("getattr default not used for ValueError:", e)
# names that are not identifiers work through getattr
setattr(c, "with space", 1)
print(getattr(c, "with space"), vars(c))
class StrSub(str): pass
setattr(c, StrSub("sub"), 5)
print(c.sub)
