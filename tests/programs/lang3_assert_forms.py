# assert: message evaluation, AssertionError details, __debug__.
def check(cond, msg_fn=None):
    try:
        if msg_fn is None:
            assert cond
        else:
            assert cond, msg_fn()
        return "passed"
    except AssertionError as e:
        return f"AssertionError args={e.args!r}"

calls = []
def msg():
    calls.append("msg")
    return "the message"
print(check(True, msg), calls)
print(check(False, msg), calls)
print(check(0), check([]), check([0]))

# a message of any type becomes the single argument
def msg_tuple():
    return (1, 2)
print(check(False, msg_tuple))
print(check(False, lambda: None))
class Custom:
    def __repr__(self):
        return "Custom()"
print(check(False, Custom))

# the message expression raising replaces the AssertionError
def bad_msg():
    raise KeyError("in message")
try:
    assert False, bad_msg()
except KeyError as e:
    print("KeyError:", e)

# assert uses the builtin AssertionError even if the name is shadowed
AssertionError_saved = AssertionError
def shadow():
    AssertionError = ValueError
    try:
        assert False, "shadowed"
    except ValueError:
        return "caught ValueError"
    except AssertionError_saved as e:
        return "caught real AssertionError: " + str(e)
print(shadow())

# __debug__ is True without -O, and it is not assignable
print(__debug__, type(__debug__).__name__)
for src in ["__debug__ = False", "def f(__debug__=1): pass", "__debug__ += 1", "for __debug__ in x: pass",
            "with x as __debug__: pass", "import os as __debug__", "x.__debug__ = 1", "lambda __debug__: 1",
            "def f(*, __debug__): pass", "class C:\n    __debug__ = 1\n", "(__debug__ := 1)"]:
    try:
        compile(src, "<dbg>", "exec")
        print("compiled:", src.splitlines()[0])
    except SyntaxError as e:
        print(repr(src.splitlines()[0]), "->", e.msg)

# if __debug__: blocks run
if __debug__:
    print("debug block ran")
if not __debug__:
    print("never")

# the warning for an assert on a non-empty tuple
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("assert (x, 'msg')", "<warn>", "exec")
print([str(x.message) for x in w], [x.category.__name__ for x in w])

# assert inside a generator and a lambda-free expression
def gen():
    for i in range(3):
        assert i < 2, f"i too big: {i}"
        yield i
try:
    list(gen())
except AssertionError as e:
    print("AssertionError:", e)
