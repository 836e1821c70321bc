names = ['ArithmeticError', 'AssertionError', 'AttributeError', 'BlockingIOError', 'BrokenPipeError', 'BufferError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError', 'EOFError', 'EnvironmentError', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'GeneratorExit', 'IOError', 'ImportError', 'IndentationError', 'IndexError', 'InterruptedError', 'IsADirectoryError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError', 'ModuleNotFoundError', 'NameError', 'NotADirectoryError', 'NotImplementedError', 'OSError', 'OverflowError', 'PermissionError', 'ProcessLookupError', 'PythonFinalizationError', 'RecursionError', 'ReferenceError', 'RuntimeError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'ValueError', 'ZeroDivisionError', 'Warning', 'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning']
import builtins
for n in names:
    c = getattr(builtins, n, None)
    if c is None:
        print(n, 'missing')
        continue
    print(n, c.__name__, [b.__name__ for b in c.__mro__[1:]], issubclass(c, Exception))
print(IOError is OSError, EnvironmentError is OSError)
try:
    {}['x']
except LookupError as e:
    print('caught as LookupError', type(e).__name__)
try:
    [][1]
except (KeyError, IndexError) as e:
    print('tuple catch', type(e).__name__)
try:
    int('x')
except ArithmeticError:
    print('wrong')
except ValueError as e:
    print('ValueError', e)
try:
    try:
        raise GeneratorExit
    except Exception:
        print('should not catch')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise int
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        print('matched before bad entry')
except TypeError as e:
    print('TypeError', e)
