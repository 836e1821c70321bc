# codeop and code.InteractiveConsole decide "run now or wait for more" from
# compile() with PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT.
import codeop, code, sys

cases = ["while True: pass", "if x: y", "x = 1", "if x:", "if x:\n    y", "if x:\n    y\n",
         "def f(): return 1", "class A: pass", "x = (1,", "@d", "@d\ndef f(): pass",
         "try: x", "with a: b", "match x:", "x = '''", "1 +", "a \\", "lambda: 1", "if x: y\n",
         "if x: y\n# c", "x = [\n1]", "", "# only a comment", "if 1:\n  pass\nprint(2)\n"]
for c in cases:
    try:
        r = codeop.compile_command(c, "<input>", "single")
        r = "incomplete" if r is None else "complete"
    except SyntaxError as e:
        r = "invalid: " + e.msg
    print(repr(c), r)

for src, flags in [("if x:", 0x4200), ("(1,", 0x4000), ("(1,", 0x200), ("while 1: pass", 0x200)]:
    try:
        compile(src, "<input>", "single", flags)
        print(repr(src), hex(flags), "compiles")
    except SyntaxError as e:
        print(repr(src), hex(flags), type(e).__name__, e.msg)

# A console fed lines: what push() answers and what the code prints.
console = code.InteractiveConsole({"__name__": "__console__"})
for line in ["x = 6", "if x:", "    print(x * 7)", "", "while False: pass", "", "x +"]:
    more = console.push(line)
    print(repr(line), "more" if more else "done")
