# f-strings: nested fields, =, conversions, format specs with nested fields.
x, w, p = 3.14159, 10, 3
name = "pyk"
print(f"{x:{w}.{p}f}|")
print(f"{x:>{w}.{p}}|")
print(f"{name!r:^{w}}|")
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{name=!s}", f"{name=!r:>8}")
print(f"{1 + 2 = }")
print(f"{'nested ' + f'{name!a}'}")
print(f"{f'{f"{3 * 3}"}'}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}')
print(f"{{literal}} {{{name}}}")
print(f"{x!s:.3}", f"{name!a}", f"{'é'!a}")
print(f"{3:{'>'}{5}}", f"{42:{'x'}}", f"{255:#{'x'}}")
print(f"{x:{'.'}{2}f}")
width = 6
print(f"{'a':*^{width}}")
print(f"{1234567:,}", f"{1234567:_}", f"{0.25:%}", f"{-5:+05d}")
import datetime
dt = datetime.date(2024, 2, 29)
print(f"{dt:%Y/%m/%d}", f"{dt!r}")
# multiline expression in f-string
print(f"{
    x
    * 2
:.1f}")
# lambda needs parentheses
print(f"{(lambda y: y * 2)(4)}")
# walrus needs parentheses
print(f"{(z := 5)} {z}")
# conditional expression
print(f"{'yes' if x > 3 else 'no'}")
# format spec with colon inside
print(f"{dt:%H:%M}")
# self-documenting with format and conversion combined
print(f"{name=!r:10}|")
# __format__ is called with the spec
class F:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{F():abc{w}def}", f"{F()}", format(F(), ""))
# conversion result is formatted with spec
class R:
    def __repr__(self): return "R!"
    def __format__(self, spec): return "formatted"
print(f"{R()!r:>5}", f"{R():>5}")
# errors
for src in ['f"{}"', 'f"{x!z}"', 'f"{x:{y:{z}}}"', 'f"{"', "f'{a b}'", 'f"}"']:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    except NameError as e:
        print("NameError:", e)
try:
    f"{x:{'bad'}}"
except ValueError as e:
    print("ValueError:", e)
# backslashes allowed in expression in 3.12+
print(f"{'\n'.join(['a', 'b'])}")
print(f"{'\\'}")
# comments inside multi-line f-string replacement fields
print(f"{x # a comment
}")
# nested quotes of same type (PEP 701)
print(f"{"double" + 'single'}")
# format spec nested replacement evaluated once, in order
log = []
def t(v):
    log.append(v)
    return v
f"{t(1):{t(2)}}{t(3)}"
print(log)
