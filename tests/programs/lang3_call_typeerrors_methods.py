# Call TypeErrors name the callable with its qualified name (3.13 messages).
def show(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

class Widget:
    def __init__(self, size, *, color):
        self.size = size
    def resize(self, w, h=1, /, *, keep=False):
        pass
    @classmethod
    def build(cls, spec):
        pass
    @staticmethod
    def helper(a, b):
        pass
    class Part:
        def attach(self, where):
            pass
    def __call__(self, x):
        pass

show(lambda: Widget())
show(lambda: Widget(1))
show(lambda: Widget(1, 2, color="r"))
show(lambda: Widget(1, colour="r"))
w = Widget(1, color="r")
show(lambda: w.resize())
show(lambda: w.resize(1, 2, 3))
show(lambda: w.resize(w=1))
show(lambda: w.resize(1, keep=True, extra=2))
show(lambda: Widget.build())
show(lambda: w.build(1, 2))
show(lambda: Widget.helper(1))
show(lambda: w.helper(1, 2, 3))
show(lambda: Widget.Part().attach())
show(lambda: w())
show(lambda: w(1, 2))
show(lambda: Widget.resize())

def outer():
    def inner(a, b, c):
        pass
    return inner
show(lambda: outer()(1))
show(lambda: outer()(1, 2, 3, 4))
show(lambda: outer()(1, 2, c=3, b=4))
show(lambda: (lambda x: x)())
show(lambda: (lambda: 0)(1))

# builtins and their messages
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: len(obj=1))
show(lambda: isinstance(1))
show(lambda: divmod(1))
show(lambda: int("1", base=2, extra=1))
show(lambda: "abc".split(1))
show(lambda: [].append())
show(lambda: {}.get())
show(lambda: sorted([1], key=1, bad=1))
show(lambda: print(sepp=""))
show(lambda: object(1))
show(lambda: object.__init__(1, 2))
show(lambda: max())
show(lambda: min(1))

# calling non-callables
show(lambda: 1())
show(lambda: "s"())
show(lambda: None())
show(lambda: [1][0]())

# too many positional with defaults and keyword-only, missing multiple
def many(a, b, c, d=1, *, e, f):
    pass
show(lambda: many())
show(lambda: many(1, 2, 3))
show(lambda: many(1, 2, 3, 4, 5, e=1, f=2))
show(lambda: many(1, 2, 3, e=1))
