# Mixing comparisons, boolean operators and conditional expressions.
def check(x):
    return "small" if 0 <= x < 10 else "neg" if x < 0 else "big" if x < 100 else "huge"
print([check(v) for v in (-5, 0, 9, 10, 99, 100)])
a, b, c = 1, 2, 3
print(a < b < c and c > b > a, not a < b or c, (a < b) < c, a < (b < c))
print(a == 1 or b == 1 and c == 1, (a == 1 or b == 1) and c == 1)
print(1 in [1] == True, (1 in [1]) == True)
print([x for x in range(20) if 3 < x < 8 or x in (15, 16)])
print((a if b else 0) if c else 9, (lambda: a or b)(), not (a and not b))
for src in ("a if b if c else 0 else 9", "a if b", "x = 1 if", "f(a if b)"):
    try:
        compile(src, "s", "eval" if "=" not in src else "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.offset, e.end_offset)
x = None
print(x is None or x > 1, x is not None and x > 1)
print(0 < 1 != 2 > 1 >= 1 <= 3 == 3)
print(all(0 < v < 5 for v in (1, 4)), any(v < 0 or v > 10 for v in (5, 11)))
