# argument-count and keyword errors of builtins functions, checked one by one with CPython's messages
import builtins
cases = [
    ('abs', ()), ('abs', (1, 2)), ('all', ()), ('any', (1, 2)), ('ascii', ()), ('bin', ()), ('callable', ()), ('chr', ()), ('chr', (1, 2)),
    ('delattr', (1,)), ('dir', (1, 2)), ('divmod', (1,)), ('format', ()), ('format', (1, '', 3)), ('getattr', (1,)), ('getattr', (1, 'a', 2, 3)),
    ('globals', (1,)), ('hasattr', (1,)), ('hash', ()), ('hex', (1, 2)), ('id', ()), ('isinstance', (1,)), ('issubclass', (int,)),
    ('iter', ()), ('iter', (1, 2, 3)), ('len', ()), ('len', ([], [])), ('locals', (1,)), ('max', ()), ('min', ()), ('next', ()), ('next', (1, 2, 3)),
    ('oct', ()), ('ord', ()), ('ord', ('a', 'b')), ('pow', (1,)), ('repr', ()), ('round', ()), ('setattr', (1, 'a')), ('sorted', ()),
    ('sum', ()), ('vars', (1, 2)), ('aiter', ()), ('anext', ()), ('breakpoint', ()) if False else ('input', (1, 2)), ('compile', ('x',)),
    ('exec', ()), ('eval', ()), ('open', ()), ('zip', ()), ('map', (len,)), ('filter', (None,)), ('enumerate', ()), ('reversed', ()),
    ('reversed', (1, 2)), ('slice', ()), ('range', ()), ('super', (1, 2, 3)), ('type', (1, 2)), ('object', (1,)), ('memoryview', ()),
]
for name, args in cases:
    try:
        getattr(builtins, name)(*args)
        print(name, 'ok')
    except Exception as e:
        print(name, type(e).__name__ + ':', e)
kw = [('abs', {'x': 1}), ('len', {'obj': []}), ('sorted', {'iterable': []}), ('min', {'key': None}), ('max', {'default': 1}), ('print', {'bogus': 1}),
      ('sum', {'start': 1}), ('round', {'number': 1.5}), ('pow', {'base': 2, 'exp': 3}), ('divmod', {'a': 1}), ('enumerate', {'iterable': [], 'start': 1}),
      ('zip', {'strict': True}), ('int', {'x': '5'}), ('str', {'object': 5}), ('bytes', {'source': b'x'}), ('iter', {'object': []}), ('next', {'default': 1}),
      ('getattr', {'name': 'x'}), ('isinstance', {'obj': 1}), ('ord', {'c': 'a'}), ('chr', {'i': 65}), ('format', {'value': 1}), ('hash', {'obj': 1})]
for name, k in kw:
    try:
        r = getattr(builtins, name)(**k)
        print(name, 'ok', repr(r) if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__ + ':', e)
