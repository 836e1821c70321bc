# assert statements and __debug__.
print(__debug__)
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["message", "list"]
except AssertionError as e:
    print("AssertionError:", e.args)

# message expression is evaluated lazily
def msg():
    print("message evaluated")
    return "msg"
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)

if __debug__:
    print("debug branch")
try:
    exec("__debug__ = False")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("__debug__"))

# AssertionError is raised from the builtins name at runtime
def f():
    assert isinstance(3, str), f"got {type(3).__name__}"
try:
    f()
except AssertionError as e:
    print("AssertionError:", e)
