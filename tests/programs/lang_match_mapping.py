# needs: stdlib
# match: mapping patterns with **rest, key kinds, extra keys.
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {1: one, None: none}:
            return f"int/None keys {one} {none}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in ({"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "circle", "r": 5, "color": "red", "fill": True},
          {1: "one", None: "none"},
          {"type": "unknown"},
          {},
          [("type", "point")],
          "str"):
    print(m(v))

# value patterns as keys
class K:
    KEY = "dotted"
match {"dotted": 9}:
    case {K.KEY: v}:
        print("dotted key", v)

# get() is not used; __getitem__ with missing keys uses .get-like lookup
from collections import defaultdict
dd = defaultdict(int, {"a": 1})
match dd:
    case {"b": _}:
        print("matched missing key?!")
    case {"a": a}:
        print("defaultdict ok", a, dict(dd))

# duplicate keys are a syntax error
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# **rest must be last and cannot be **_
try:
    compile("match x:\n    case {**_}:\n        pass\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
