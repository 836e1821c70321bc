# An assignment expression's target rebound by a later loop of the same
# comprehension is a SyntaxError, located at the loop's target.
cases = [
    "{i for i in range(5) if (j := 0) for j in range(5)}",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "{i: 0 for i in range(5) if (j := 0) for k in range(5) for j in k}",
    "list(i for i in range(5) if (j := 0) for j in range(5))",
    "[(j := 0) for i in range(5) for j in range(5)]",
    "[[(j := 1) for i in x] for j in y]",
    "def f():\n    global j\n    return [0 for j in range(3)]",
    "[i for i in range(5) if (j := i) for k in range(j)]",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
print([k for i in range(3) if (j := i) for k in range(j)], j)
