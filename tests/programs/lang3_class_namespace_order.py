# Class body: execution order, namespace contents, name resolution and __dict__ ordering.
log = []
def note(v):
    log.append(v)
    return v

class Ordered:
    b = note("b")
    a = note("a")
    def method(self):
        pass
    c = note("c")
    x = y = note("xy")
    del y
    if True:
        cond = note("cond")
    for loop_var in range(2):
        pass
    try:
        raise KeyError
    except KeyError as caught:
        pass
    import math as imported
    with open(__file__) as fh:
        pass
print(log)
print([k for k in Ordered.__dict__ if not k.startswith("__")])

# names in the class body shadow globals only inside the body
value = "global"
class Shadow:
    value = "class"
    seen_in_body = value
    def method(self):
        return value
print(Shadow.seen_in_body, Shadow().method())

# a class body reading a name before assigning it reads the global
counter = 10
class ReadThenWrite:
    counter = counter + 1
print(ReadThenWrite.counter, counter)

# nested function in class body sees globals, not class names
class Nested:
    attr = "class attr"
    def get():
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
    result = get()
print(Nested.result)

# return value of the body: __classcell__ absent without super/__class__
class Plain:
    pass
print("__classcell__" in Plain.__dict__)

# class body with a docstring and annotations ordering
class Doc:
    "docstring first"
    x: int = 1
    y: str
print(Doc.__doc__, list(Doc.__annotations__), [k for k in Doc.__dict__ if k in ("x", "y", "__annotations__")])

# class keyword in body: __qualname__ and __module__ are set first
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases):
        class Recorder(dict):
            def __setitem__(self, k, v):
                log.append(k)
                super().__setitem__(k, v)
        log.clear()
        return Recorder()
class Recorded(metaclass=Meta):
    "doc"
    first = 1
    def second(self): pass
    third: int = 3
print(log)

# del of an attribute not in the class body
try:
    class DelMissing:
        del nothing_here
except NameError as e:
    print("NameError:", e)

# a class statement inside a loop creates distinct classes
classes = []
for i in range(2):
    class Loop:
        idx = i
    classes.append(Loop)
print(classes[0] is classes[1], [c.idx for c in classes])
