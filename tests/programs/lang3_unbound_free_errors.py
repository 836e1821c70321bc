# UnboundLocalError and NameError for locals, cells and free variables.
def show(fn):
    try:
        r = fn()
        print("ok", r)
    except NameError as e:
        print(type(e).__name__ + ":", e)

def local_before_assign():
    x += 1
    x = 0
def cond_assign(flag=False):
    if flag:
        y = 1
    return y
def del_then_use():
    z = 1
    del z
    return z
def loop_var_empty():
    for i in ():
        pass
    return i
def except_name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
def free_unbound():
    def inner():
        return cellv
    res = inner
    r = res()
    cellv = 1
    return r
def free_deleted():
    cv = 1
    def inner():
        return cv
    del cv
    return inner()
def with_target_unbound():
    class CM:
        def __enter__(self):
            raise KeyError("enter")
        def __exit__(self, *a):
            pass
    try:
        with CM() as bound_name:
            pass
    except KeyError:
        pass
    return bound_name
def import_shadows():
    print(os)
    import os
def comprehension_var_not_leaked():
    [leak for leak in range(3)]
    return leak
def global_missing():
    global never_defined_global
    return never_defined_global
def class_body_free():
    def f():
        class C:
            v = outer_x
        return C.v
    g = f
    try:
        return g()
    finally:
        outer_x = 1

for fn in [local_before_assign, cond_assign, del_then_use, loop_var_empty, except_name_cleared,
           free_unbound, free_deleted, with_target_unbound, import_shadows, comprehension_var_not_leaked,
           global_missing, class_body_free]:
    print(fn.__name__, end=": ")
    show(fn)

# isinstance checks and attributes
try:
    local_before_assign()
except UnboundLocalError as e:
    print(isinstance(e, NameError), e.name if hasattr(e, "name") else "-", e.args)

# the same name as a builtin, assigned later in the function
def shadows_builtin():
    n = len([1])
    len = 5
    return n
show(shadows_builtin)

# nonlocal to a deleted variable
def nonlocal_deleted():
    v = 1
    def inner():
        nonlocal v
        del v
        return v
    return inner()
show(nonlocal_deleted)

# the cell is empty
def empty_cell():
    def inner():
        return w
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        return "ValueError: " + str(e)
    w = 1
show(empty_cell)
