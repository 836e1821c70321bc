# compile() of input with no statement: 'single' and 'eval' need one
# ("invalid syntax", line 0 for empty input), 'exec' does not; codeop and
# the console treat blank input themselves.
import codeop

for src, mode in [("", "single"), ("", "eval"), ("\n", "single"), ("# c", "single"), ("# c\n", "single"),
                  ("", "exec"), ("\n\n", "exec"), ("  \n", "eval"), ("\n\n", "eval"), ("x\n", "single")]:
    try:
        compile(src, "s", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

for src in ["", "\n", "# only a comment", "if x:", "x = 1"]:
    print(repr(src), codeop.compile_command(src) is not None)
