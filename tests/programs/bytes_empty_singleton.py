# The empty bytes object is one shared object, as in CPython; subclass
# instances still get their own.
x = b''
print(bytes() is x, bytes(b'') is x, b'abc'[:0] is x, b''.join([]) is x, bytes(0) is x)
print(b'abc'.replace(b'abc', b'') is x, bytes(bytearray()) is x)
class B(bytes):
    pass
e = B()
print(type(e).__name__, e == x, e is x, len(e))
e.tag = 1
print(e.tag, B(b'') is x, type(B(x)).__name__)
import ast
tree = ast.Expression(ast.Constant(x))
ast.fix_missing_locations(tree)
print(eval(compile(tree, "<c>", "eval")) is x)
