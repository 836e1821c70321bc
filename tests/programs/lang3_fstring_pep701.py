# PEP 701 f-strings: quote reuse, nesting, backslashes, comments, multi-line.
words = ["a", "b"]
print(f"{", ".join(words)}")
print(f"{f"{f"{f"{1 + 1}"}"}"}")
print(f"{'\n'.join(words)}")
print(f"{"\t".join(words)!r}")
print(f"""{
    words[0]   # a comment inside the replacement field
    + words[1]
}""")
print(f"{words
      [1]}")
nested = {"k": {"j": "deep"}}
print(f"{nested["k"]["j"]}")
print(f"{'{'}{'}'}")
print(f"{{}} {{{1}}}")
print(f"{'''triple'''}", f'{"""triple2"""}')

# nested format specs
width, prec = 10, 3
value = 2.718281828
print(f"{value:{width}.{prec}f}|")
print(f"{value:{'>' if width > 5 else '<'}{width}}|")
print(f"{'x':{'*'}^{width}}")
print(f"{value:{width}.{prec}{'e'}}")

# f-strings with the = debug form inside nesting
v = 5
print(f"{f'{v=}'!r}")

# lambda and walrus need parentheses
print(f"{(lambda q: q * 2)(4)}")
print(f"{(w := 10)} {w}")
print(f"{v:=^7}")  # ':=' here is a format spec, not a walrus

# backslash escapes and unicode names in literal parts
print(f"\N{GREEK SMALL LETTER ALPHA}{v}\x41\u00e9")
print(rf"\n{v}\t", fr"{v}\\")
print(f"{v}" "plain" f"{v}" 'x')

# bytes cannot be f-strings; mixing is an error
for src in ["bf'x'", "f'a' b'b'", "f'{x!r:{y!r}}'", "f'{x:{{y}}}'", "f'{a b}'"]:
    try:
        compile(src, "<f>", "eval")
        print("compiled:", src)
    except SyntaxError as e:
        print(src, "->", e.msg)

# deeply nested f-string in a format spec
print(f"{3.14159:{f'{2 + 3}'}.{f'{2}'}}|")

# expressions of every kind
data = {"a": 1}
print(f"{data['a'] if data else 'none'} {[i * i for i in range(3)]} {(*words,)} {-v} {not v} {v if v > 1 else 0}")
print(f"{'%s' % 'percent'} {'{}'.format('fmt')} {1_000:,} {255:#x} {0.5:%} {12345678:_d}")
