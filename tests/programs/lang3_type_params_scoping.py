# Type parameter scopes: visibility, mangling, closures, class-level names.
def ident[T](x: T) -> T:
    return x
print(ident.__type_params__, ident.__annotations__)
print("T" in globals())

class Outer:
    K = "class attr"
    def m[T](self, x: K) -> T:
        return x
    class Inner[S]:
        def get(self) -> S:
            return "inner"
print(Outer.m.__annotations__, Outer.Inner.__type_params__, Outer.Inner.get.__annotations__)

# a type parameter is visible in the function body through a closure
def body_sees[T]():
    return T
print(body_sees(), body_sees() is body_sees.__type_params__[0])

# nested generics: inner parameters shadow outer ones
def outer_fn[T]():
    def inner_fn[T]():
        return T
    return T, inner_fn()
a, b = outer_fn()
print(a, b, a is b)

# generic class: __type_params__, Generic in __mro__ and __orig_bases__, subscription
class Stack[T]:
    def push(self, item: T) -> None:
        pass
print(Stack.__type_params__, Stack.__mro__, Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "-")
print(Stack[int], Stack[int].__origin__ is Stack)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

# generic class with explicit bases keeps them and adds Generic
class Base: pass
class Child[T](Base, dict):
    pass
print([c.__name__ for c in Child.__mro__])

# a type parameter's __name__ and mangling inside a class
class Mangle:
    def f[__T](self):
        return __T
print(Mangle().f().__name__)

# class body names are visible to bounds through the annotation scope
class Scope:
    Bound = int
    def m[T: Bound](self): pass
print(Scope.m.__type_params__[0].__bound__)

# lambdas and comprehensions inside generic functions see the parameters
def comp[T]():
    return [T for _ in range(2)], (lambda: T)()
print(comp())

# a generic class cannot also use Generic explicitly
import typing
try:
    class Bad[T](typing.Generic[T]):
        pass
except TypeError as e:
    print("TypeError:", e)

# using a parameter outside its scope fails
try:
    T
except NameError as e:
    print("NameError:", e)

# nonlocal cannot reach a type parameter; assigning to it in the body is local
for src in ["def f[T]():\n    nonlocal T\n", "def f[T]():\n    T = 1\n    return T\n",
            "class C[T]:\n    T = 1\n", "def f[T](T): pass\n"]:
    try:
        compile(src, "<tp>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
def reassign[T]():
    T = "rebound"
    return T
print(reassign(), reassign.__type_params__)

# __type_params__ is writable on functions
def w(): pass
w.__type_params__ = ()
print(w.__type_params__)
try:
    w.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)
