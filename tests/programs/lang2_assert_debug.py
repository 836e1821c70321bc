# assert statements, __debug__, messages and evaluation.
print(__debug__)
calls = []
def msg():
    calls.append("msg")
    return "computed message"
assert True, msg()
print(calls)
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print("AssertionError:", e, e.args, calls)
try:
    assert []
except AssertionError as e:
    print("empty args:", e.args)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    assert 0, None
except AssertionError as e:
    print(e.args)

# AssertionError is looked up as the builtin even if shadowed locally
def shadow():
    AssertionError = ValueError
    try:
        assert False, "x"
    except ValueError:
        return "caught as ValueError"
    except BaseException as e:
        return "real " + type(e).__name__
print(shadow())

# __debug__ cannot be assigned
for src in ["__debug__ = 1", "def f(__debug__): pass", "del __debug__", "import x as __debug__", "(__debug__ := 1)"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# if __debug__ blocks are kept
if __debug__:
    print("debug block runs")
# assert with a complex condition and side effects
n = [0]
def bump():
    n[0] += 1
    return True
assert bump() and bump()
print(n)
