import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
print(issubclass(StopAsyncIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(FloatingPointError, ArithmeticError), issubclass(EncodingWarning, Warning))
