# Error messages of common operations and builtins (CPython 3.13 wording), checked in bulk.
tests = [
 "[1,2,3].index(5)", "'abc'.index('z')", "{}.pop('x')", "set().remove(1)", "(1,2).index(3)",
 "int('')", "float('x')", "complex('1+')", "list(1)", "tuple(None)", "dict([1])", "dict([(1,2,3)])",
 "'a' + 1", "1 + 'a'", "[] + ()", "'a' * 'b'", "[1] * 1.5", "None + None", "~1.5", "-'a'",
 "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "2 ** 10000.0",
 "abs('x')", "len(5)", "hash([])", "hash({})", "iter(5)", "next([])", "sorted([1, 'a'])", "min([])",
 "'x'.join([1])", "'%d' % 'x'", "'{}'.format()", "'{0}{1}'.format(1)", "'{a}'.format()", "format(1, 'z')",
 "ord('ab')", "chr(-1)", "chr(0x110000)", "bytes([256])", "bytes('x')", "b'a' + 'b'", "memoryview(1)",
 "getattr(1, 'x')", "setattr(1, 'x', 2)", "object().x", "type('X', (), {}).y", "None.x",
 "int.from_bytes('x', 'big')", "(1).to_bytes(1, 'middle')", "round('x')", "range(1.5)", "range(0, 10, 0)",
 "slice(1)[0]", "isinstance(1, 1)", "issubclass(1, int)", "super(int, 'x')", "1 in 1", "'a' in 1",
 "[][0]", "''[0]", "()[0]", "{}[[]]", "[1][1:2:0]", "'abc'[None:None:0]",
 "a, b = 1", "a, b = [1, 2, 3]", "del [][0]",
 "int('9' * 5000)", "'x'.center(1, 'ab')", "'%c' % 1.5", "'%(a)s' % 1", "'%s %s' % (1,)",
]
for t in tests:
    try:
        exec(t, {})
        print(t, "-> ok")
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", str(e)[:120])
