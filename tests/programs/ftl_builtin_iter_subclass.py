# Subclasses of map, filter and reversed may take keywords for their own
# __init__, and reach the type's __new__ through super().
for cls, args in [(map, (str, [1, 2])), (filter, (None, [0, 1])), (reversed, ('ab',))]:
    class S(cls):
        def __init__(self, *a, newarg=None):
            self.newarg = newarg
    u = S(*args, newarg=3)
    print(type(u).__name__, list(u), u.newarg)
    class N(cls):
        def __new__(c, *a, newarg=None):
            self = super().__new__(c, *a)
            self.newarg = newarg
            return self
    u = N(*args, newarg=4)
    print(list(u), u.newarg)
    class P(cls):
        pass
    try:
        P(*args, newarg=3)
    except TypeError as e:
        print(e)
print(type(map.__new__(map, str, [1])).__name__, list(zip.__new__(zip, 'ab', 'cd', strict=True)))
