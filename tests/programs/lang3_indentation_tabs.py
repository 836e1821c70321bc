# Indentation: tabs vs spaces, inconsistent dedents, unexpected/expected indents, continuation lines.
cases = [
    ("tab_then_spaces", "if True:\n\tx = 1\n        y = 2\n"),
    ("spaces_then_tab", "if True:\n        x = 1\n\ty = 2\n"),
    ("mixed_same_line", "if True:\n    \tx = 1\n"),
    ("consistent_tabs", "if True:\n\tif True:\n\t\tx = 1\n"),
    ("unexpected_indent", "x = 1\n    y = 2\n"),
    ("expected_indent", "if True:\nx = 1\n"),
    ("expected_after_def", "def f():\n\nreturn 1\n"),
    ("unindent_mismatch", "if True:\n        x = 1\n    y = 2\n"),
    ("dedent_to_zero_ok", "if True:\n    x = 1\ny = 2\n"),
    ("comment_lines_ignored", "if True:\n    x = 1\n# comment at col 0\n    y = 2\n"),
    ("blank_with_spaces", "if True:\n    x = 1\n        \n    y = 2\n"),
    ("continuation_any_indent", "x = (1 +\n        2 +\n  3)\n"),
    ("backslash_continuation", "x = 1 + \\\n    2\n"),
    ("backslash_at_eof", "x = 1 + \\"),
    ("form_feed", "if True:\n\x0c    x = 1\n"),
    ("class_body_missing", "class C:\n"),
    ("else_indent", "if x:\n    pass\n  else:\n    pass\n"),
    ("tab_size_8_equal", "if True:\n\tx = 1\n        y = 2\n"),
]
for name, src in cases:
    try:
        compile(src, "<indent>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)

# exec of correctly tab-indented code
ns = {}
exec("def f():\n\tif True:\n\t\treturn 'tabs ok'\n", ns)
print(ns["f"]())

# IndentationError and TabError are SyntaxError subclasses
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
