# locals() in 3.13: a fresh snapshot in functions, the live namespace elsewhere.
def snap():
    x = 1
    l1 = locals()
    x = 2
    l2 = locals()
    l1["x"] = 99
    return l1["x"], l2["x"], x, l1 is l2
print(snap())

def write_has_no_effect():
    y = "before"
    locals()["y"] = "after"
    return y
print(write_has_no_effect())

def includes_free():
    outer_v = "free"
    def inner():
        print(outer_v)
        return sorted(locals())
    return inner()
print(includes_free())

def snapshot_in_comprehension():
    z = 5
    return [sorted(locals()) for _ in range(1)][0]
print(snapshot_in_comprehension())

def genexp_locals():
    z = 5
    return next(sorted(locals()) for _ in range(1))
print(genexp_locals())

# module level: locals() is globals()
print(locals() is globals())
locals()["via_module_locals"] = 1
print(via_module_locals)

# class body: locals() is the class namespace
class C:
    a = 1
    locals()["b"] = 2
    seen = sorted(k for k in locals() if not k.startswith("__"))
print(C.b, C.seen)

# exec with locals(): changes do not flow back into a function
def exec_in_function():
    v = 1
    exec("v = 2")
    ns = locals()
    exec("v = 3", globals(), ns)
    return v, ns["v"]
print(exec_in_function())

# eval sees function locals at call time
def eval_locals():
    p, q = 3, 4
    return eval("p * q")
print(eval_locals())

# vars() without arguments behaves like locals()
def vars_like():
    k = "v"
    return vars() == locals(), sorted(vars())
print(vars_like())

# locals() inside a generator, between yields
def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen()))

# deleted names disappear from the snapshot
def deleted():
    gone = 1
    del gone
    return "gone" in locals()
print(deleted())
