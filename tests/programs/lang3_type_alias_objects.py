# The type statement: TypeAliasType objects, laziness, recursion, errors.
import typing
log = []
def note(v):
    log.append(v)
    return v

type Simple = note("evaluated")
print(log, type(Simple).__name__, Simple.__name__)
print(Simple.__value__, log)
print(Simple.__value__, log)  # evaluated once, then cached
log.clear()

type Rec = list[Rec] | int
print(Rec.__value__)

type Generic[T, *Ts, **P] = tuple[T, *Ts] | typing.Callable[P, T]
print(Generic.__type_params__, Generic.__parameters__)
print(Generic[int, str, [float]])
print(repr(Generic), Generic.__module__)

# a name error in the value is raised only on access, every time
type Broken = undefined_thing
for _ in range(2):
    try:
        Broken.__value__
    except NameError as e:
        print("NameError:", e)
undefined_thing = "now defined"
print(Broken.__value__)

# the alias sees later module-level changes until first evaluated
late = "first"
type Late = late
late = "second"
print(Late.__value__)
late = "third"
print(Late.__value__)

# inside a class, the value scope sees class names
class Holder:
    inner = int
    type Alias = inner
    type AliasList = list[inner]
print(Holder.Alias.__value__, Holder.AliasList.__value__, Holder.Alias.__qualname__ if hasattr(Holder.Alias, "__qualname__") else "-")

# inside a function, closures over locals
def make():
    local = bytes
    type InFunc = local
    local = bytearray
    return InFunc
print(make().__value__)

# TypeAliasType constructed directly
A = typing.TypeAliasType("A", int)
print(A, A.__value__, A.__type_params__)
T = typing.TypeVar("T")
B = typing.TypeAliasType("B", list[T], type_params=(T,))
print(B[str], B.__parameters__)

# aliases are not classes: no instantiation, no subclassing, no isinstance
print(callable(Simple))
for action in ("subclass", "isinstance"):
    try:
        if action == "call":
            Simple()
        elif action == "subclass":
            class X(Simple): pass
        else:
            isinstance(1, Simple)
    except TypeError as e:
        print(action, "TypeError:", e)

# attributes are read-only
try:
    Simple.__value__ = 3
except AttributeError as e:
    print("AttributeError:", e)

# syntax errors around type statements
for src in ["type X[T, T] = int", "type X = yield", "def f():\n    type X = (await y)\n",
            "type X[T: (yield)] = int", "type X = (lambda: (z := 1))", "class C:\n    type X = [(z := 1) for i in []]\n"]:
    try:
        compile(src, "<type>", "exec")
        print("compiled:", src.splitlines()[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# 'type' is a soft keyword
type = "still a name"
print(type)
del type
print(type(1).__name__)
