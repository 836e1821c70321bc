# needs: stdlib
# f-strings: conversions, format specs, nested specs, =, PEP 701 nesting.
name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f} {pi:10.3e} {pi:%} {1234567.891:,.2f} {1234567:_}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}}] [{name:*^{width}}]")
print(f"{n=} {pi=:.1f} {name = } {n*2=}")
print(f"{n = !r:>6}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested quotes'}", f"{"same quotes"}", f"{'a' + "b"}")
print(f"{f"{f"{n}"}"}")
items = ["a", "b"]
print(f"{", ".join(items)}")
print(f"{'\n'.join(items)!r}")
print(f"{
    n
    +
    1
}")
print(f"{n # a comment inside
}")
print(f"{lambda: 1}"[:18])
print(f"{(lambda x: x * 2)(3)}")
print(f"{[i for i in range(3)]} {dict(a=1)} {n if n > 0 else -n}")
d = {"key": "value"}
print(f"{d['key']} {d["key"]}")
print(rf"raw \n {n}", fr"\t{name}")
print(f"multi"
      f"part {n}"
      "plain")
print(f"""triple
{name}
""", end="")

class Custom:
    def __format__(self, spec):
        return f"Custom({spec!r})"
    def __repr__(self):
        return "Custom-repr"
    def __str__(self):
        return "Custom-str"
c = Custom()
print(f"{c} {c:spec} {c!r} {c!s:>12}")
import datetime
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}")
print(f"{3+4j:.1f} {-0.0:+} {1e100:g} {float('inf'):5}")
print(f"{'x':{'<'}{5}}|")
for bad in ('f"{}"', 'f"{!r}"', 'f"{n!z}"', 'f"{n:{n:{n}}}"', "f'{'", 'f"}"'):
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError:", e)
