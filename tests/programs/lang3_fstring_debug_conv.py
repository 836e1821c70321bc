# f-strings: the = specifier with conversions and format specs, and conversions.
x = 3.14159
name = "pyk"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:.2f}")
print(f"{x = :>10.3f}|")
print(f"{name=!s}")
print(f"{name=!a}")
print(f"{name=}")
print(f"{name!r:>8}|")
print(f"{items[0] + items[1]=}")
print(f"{len(items)=:03d}")
print(f"{'quoted'=}")
print(f"{ x  =  }")
print(f"{x=!r:^12}|")

# = with expressions containing spaces, dicts and calls
d = {"k": [1, 2]}
print(f"{d['k'][1] * 2 = }")
print(f"{ {'a': 1}['a'] = }")
print(f"{(lambda v: v + 1)(1)=}")

# conversions on objects with custom __str__/__repr__/__format__
class Obj:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR\u00e9"
    def __format__(self, spec): return f"FORMAT[{spec}]"
o = Obj()
print(f"{o}|{o!s}|{o!r}|{o!a}|{o:xyz}|{o!s:>5}|{o!r:.3}")
print(f"{o=}|{o=:spec}|{o=!s}")

# conversion then format spec applies to the converted string
print(f"{'abc'!r:*^9}")
print(f"{42!s:>5}|{42:>5}|{42!r:x<4}")

# format spec errors
for src, ns in [("f'{1:d}'", {}), ("f'{\"s\":d}'", {}), ("f'{1.5:d}'", {}), ("f'{[]:x}'", {}), ("f'{1:,_}'", {})]:
    try:
        print(eval(src, ns))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# syntax errors in f-strings
for src in ["f'{x!z}'", "f'{x!}'", "f'{}'", "f'{ }'", "f'}'", "f'{'", "f'{x=!}'", "f'{x:{y:{z:{w}}}}'",
            "f'{!r}'", "f'{x!r=}'", "f'{lambda x: 1}'", "f'{yield}'"]:
    try:
        compile(src, "<f>", "eval")
        print("compiled:", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
