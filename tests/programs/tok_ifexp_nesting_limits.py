# Conditional-expression chains (`x if x else x if ...`) overflow CPython's
# parser at a length that depends on the mode; ast.parse of deep chains in
# a thread with a 16 MiB stack stops where it stops in the main thread.
import ast
import threading


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except (RecursionError, MemoryError) as e:
        print(label, type(e).__name__, e)


def chain(n):
    return "x if x else " * n + "x"


for mode, n in (("exec", 5969), ("eval", 5975), ("single", 5971)):
    for k in (n, n + 1):
        attempt(f"compile if-else {mode} {k}:", lambda: compile(chain(k), "<deep>", mode))
        attempt(f"ast.parse if-else {mode} {k}:", lambda: ast.parse(chain(k), mode=mode))


def in_thread():
    for name, make, n in (("binop", lambda n: "x" + "+x" * n, 9994), ("if-else", chain, 5969), ("call", lambda n: "f" + "()" * n, 9994)):
        for k in (n, n + 1):
            attempt(f"thread ast.parse {name} {k}:", lambda: ast.parse(make(k)))


threading.stack_size(16 * 1024 * 1024)
t = threading.Thread(target=in_thread)
t.start()
t.join()
