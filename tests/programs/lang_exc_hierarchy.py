import operator
# Catching by base classes across the builtin exception hierarchy.
cases = [
    (lambda: 1 / 0, ArithmeticError),
    (lambda: [][1], LookupError),
    (lambda: {}["x"], LookupError),
    (lambda: int("x"), ValueError),
    (lambda: "x".encode("ascii") and b"\xff".decode("ascii"), UnicodeError),
    (lambda: open("/nonexistent/lang-test"), OSError),
    (lambda: __import__("no_such_module_xyz"), ImportError),
    (lambda: float("1e400") * 0 or 2.0 ** 10000, OverflowError),
    (lambda: undefined_name_q, NameError),
    (lambda: None.attr, AttributeError),
    (lambda: next(iter([])), StopIteration),
    (lambda: (_ for _ in ()).throw(GeneratorExit), GeneratorExit),
    (lambda: exec("def"), SyntaxError),
    (lambda: exec("if 1:\nx"), IndentationError),
    (lambda: bytes(-1), ValueError),
    (lambda: [].pop(), IndexError),
    (lambda: set().pop(), KeyError),
    (lambda: chr(-1), ValueError),
    (lambda: operator.setitem(memoryview(b"a"), 0, 1), TypeError),
]
for fn, base in cases:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__)
    except BaseException as e:
        print(base.__name__, "MISSED", type(e).__name__, e)
print([c.__name__ for c in OSError.__subclasses__()][:3])
print(FileNotFoundError.__mro__)
print(BlockingIOError(11, "x").characters_written if False else "skip")
