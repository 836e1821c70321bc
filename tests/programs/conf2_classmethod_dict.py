# classmethod/staticmethod objects copy the function's metadata into their
# own __dict__ and take new attributes.
def f(x: int) -> int:
    "f docstring"
    return x

for wrap in (classmethod, staticmethod):
    w = wrap(f)
    print(wrap.__name__, sorted(w.__dict__.items(), key=lambda kv: kv[0]))
    print(w.__doc__, w.__name__, w.__qualname__, w.__func__ is f, w.__wrapped__ is f)
    w.x = 42
    print(w.x, "x" in w.__dict__)
    del w.x
    print(hasattr(w, "x"))
    try:
        del w.x
    except AttributeError as e:
        print("AttributeError")
    try:
        w.__func__ = None
    except AttributeError as e:
        print("AttributeError:", e)

class C:
    @classmethod
    def cm(cls):
        "class method doc"
        return cls.__name__
    @staticmethod
    def sm():
        return "static"
print(C.cm(), C().cm(), C.sm(), C.__dict__["cm"].__doc__, C.__dict__["cm"].__name__)
def final(m):
    m.__final__ = True
    return m
print(final(classmethod(f)).__final__)
