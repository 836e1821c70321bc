# f-string edge cases: debugging =, nested formats, conversions on expressions.
x = 3.14159
items = {"a": 1}
print(f"{x=:.2f}", f"{x = }", f"{x=!r:>10}")
print(f"{items['a']=}", f"{len(items)=}", f"{ 1 + 1 = }")
print(f"{'{'}{'}'}", f"{{}}", f"{'':>3}|", f"{'abc':.1}")
print(f"{x:{'>'}{10}.{3}}", f"{x:{'+' if x > 0 else ''}.1f}")
print(f"{3:{'0'}{'5'}}", f"{255:#x}", f"{255:#_b}", f"{-1:x}")
print(f"{1e-7:.2e}", f"{123456789:,}", f"{0.5:.0%}", f"{float('nan'):>5}")
print(f"{'nested ' f'{x:.1f}'}")
print(f"{[i for i in range(3)]!s:>12}")
s = "text"
print(f"{s!r:^12}", f"{s!a}", f"{'ünï'!a}", f"{s:~<8}")
print(f"{ {'k': 'v'}['k'] }", f"{(1, 2)}", f"{(lambda: 'lam')()}")
print(f"{1 if s else 0}", f"{s[1:3]}", f"{s * 2}")
width = 6
print(f"{'x':{width}}|{'y':>{width}}|{'z':^{width + 2}}|")
print(f"""{
    x
    :.3f}""")
print(f"{x!r}" == repr(x), f"{x!s}" == str(x))
class W:
    def __format__(self, spec):
        return "W[" + spec + "]"
print(f"{W():}", f"{W():abc}", f"{W():{x:.1f}}")
print(f"{'\\n'.join(['a', 'b'])!r}")
print(f"{'a' 'b'}", f"{'quote\"s'}")
print(f"{3!r:5}|", f"{True:5}|", f"{None!s:>5}|")
