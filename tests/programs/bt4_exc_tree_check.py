# the builtin exception hierarchy: every class's direct base, a few full MROs, and catching by base classes
import builtins
names = sorted(n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, c.__bases__[0].__name__ if c.__bases__ else None, len(c.__mro__))
print([c.__name__ for c in FileNotFoundError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__], [c.__name__ for c in ExceptionGroup.__mro__])
print(EnvironmentError is OSError, IOError is OSError, issubclass(TimeoutError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException), issubclass(StopAsyncIteration, Exception))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(PythonFinalizationError, RuntimeError), issubclass(EncodingWarning, Warning), issubclass(TabError, IndentationError))
for exc, catch in [(KeyError('k'), LookupError), (ZeroDivisionError(), ArithmeticError), (UnicodeEncodeError('ascii', 'x', 0, 1, 'r'), ValueError), (NotImplementedError(), RuntimeError), (FloatingPointError(), ArithmeticError)]:
    try:
        raise exc
    except catch as e:
        print(type(e).__name__, 'caught by', catch.__name__)
