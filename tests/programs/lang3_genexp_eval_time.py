# Generator expressions: the first iterable is evaluated eagerly, everything else lazily.
log = []
def src(tag, n):
    log.append("iter " + tag)
    return range(n)

g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print(log)
print(list(g), log)
log.clear()

# an error in the first iterable is raised at creation
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

# an error in a later iterable or condition is raised on iteration
g = (x for x in [1] for y in 5)
print("created fine")
try:
    next(g)
except TypeError as e:
    print("TypeError on next:", e)

# the first iterable's name is looked up eagerly, others late
items = [1, 2]
g = (a + b for a in items for b in later)
later = [10]
items = ["changed"]
print(list(g))

# genexp as the only argument needs no extra parentheses, with others it does
print(sum(x for x in range(4)), sorted((x for x in "cab"), reverse=True))
try:
    compile("f(x for x in y, 1)", "<g>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# genexp inside a class body sees only its first iterable from the class
class K:
    data = [1, 2, 3]
    factor = 2
    first = list(v for v in data)
    try:
        scaled = list(v * factor for v in data)
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.first, K.scaled)

# the genexp's iterator is obtained eagerly via iter()
class Iterable:
    def __iter__(self):
        log.append("__iter__ called")
        return iter([1])
g = (x for x in Iterable())
print(log)
log.clear()

# exhausted genexp, send and throw on it
g = (x for x in range(2))
print(next(g), g.send(None))
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)
print(list(g))

# nested genexps share laziness
gg = ((i, j) for i in range(2) for j in (k for k in range(i + 1)))
print(list(gg))

# a genexp capturing a loop variable sees its value at iteration time
gens = []
for i in range(3):
    gens.append(i * z for z in [1])
print([list(g) for g in gens])

# async genexp is only allowed in async functions... or as a lazy object
try:
    compile("(x async for x in y)", "<g>", "eval")
    print("async genexp compiles at top level")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
