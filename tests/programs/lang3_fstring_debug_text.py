# f-string '=' debug text: multi-line fields, comments, nesting, and backslash escapes in the expression text.
x = 5
print(f"{x
=}")
print(f"{x  # comment
=}")
print(f"{x!r:>{x}}|{x=!s:^{x}}|")
print(f"{'a' 'b'=}")
print(f"{x:{'>'}{10}}|")
print(f"""{
x
}""")
print(f"{x:}|{x!r:}|")
print(f"{3.0=:.{x}f}")
print(f"{x=}" f"{x=}")
print(f"{(x, x)=}")
print(f"{ {x: x}=}")
print(f"{[x]*2=}")
print(f"{x if x else 0=}")
print(f"{x:=10}")
print(f"{(x:=10)=}", x)
def f(**k): return k
print(f"{f(a=1)=}")
print(f"{'\\n'=}")
print(f"{b'\x00'=}")
print(rf"{'\\n'=}")
print(f"{'\N{BULLET}'=}")
print(f"{f'{x=}'=}")
print(f"{'\t'=}")
print(f"{'a\\\\b'=}")
print(f"""{'\\x41'=}""")
