# Decimal integer literals longer than sys.get_int_max_str_digits() are a
# SyntaxError at compile time; other bases and non-integers are not limited.
import ast
import sys


def attempt(label, f, *a, **k):
    try:
        r = f(*a, **k)
    except SyntaxError as e:
        tail = e.msg[e.msg.index(" - "):] if " - " in e.msg else ""
        head = e.msg.split(";")[0]
        print(label, "SyntaxError", head, tail, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset,
              len(e.text or ""), (e.text or "")[-2:].encode())
    except ValueError as e:
        print(label, "ValueError", str(e)[:90])
    else:
        print(label, "ok", type(r).__name__)


sys.set_int_max_str_digits(1000)
big = "7" * 1001
attempt("eval-mode", compile, big, "<big>", "eval")
attempt("exec-nested", compile, "y = (2 +\n  " + big + ")\n", "<big>", "exec")
attempt("ast.parse", ast.parse, big)
attempt("at-limit", ast.parse, "7" * 1000)
attempt("underscores", ast.parse, "7_" * 600 + "7")
attempt("zeros", ast.parse, "0" * 3000)
attempt("hex", ast.parse, "0x" + "f" * 3000)
attempt("octal", ast.parse, "0o" + "7" * 3000)
attempt("binary", ast.parse, "0b" + "1" * 9000)
attempt("imaginary", ast.parse, big + "j")
attempt("float", ast.parse, big + ".5")
attempt("exponent", ast.parse, big + "e3")
attempt("fstring", ast.parse, "f'{" + big + "}'")
attempt("in-string", compile, "s = '" + big + "'\n# " + big + "\n", "<big>", "exec")
attempt("second-line", compile, "a = 1\nb = " + big + " + 1\n", "<big>", "exec")
attempt("before-error", compile, big + " 3 3", "<big>", "exec")
attempt("after-error", compile, "(3 3)\n" + big, "<big>", "exec")
attempt("eval()", eval, big)
attempt("literal_eval", ast.literal_eval, big)

tree = ast.parse("0x" + "f" * 300, mode="eval")
print("hex value bits", tree.body.value.bit_length())
print("exec hex", eval(compile("0o" + "7" * 2000, "<o>", "eval")).bit_length())

sys.set_int_max_str_digits(0)
attempt("unlimited", compile, big * 5, "<big>", "eval")
print(len(str(eval(big * 5))))
