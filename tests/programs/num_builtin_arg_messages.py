# Argument checking of the builtins module's functions and types: the
# messages for missing, surplus and unexpected arguments.
import builtins

def safe(args):
    return tuple(type(x).__name__ if ' at 0x' in repr(x) else x for x in args)

calls = {
 'abs': [(), (1,2), ('a',)], 'all': [(), (1,2), (1,)], 'any': [(), (5,)], 'ascii': [(), (1,2)], 'bin': [(), ('a',), (1.5,)],
 'callable': [(), (1,2)], 'chr': [(), (-1,), ('a',), (0x110000,), (1.5,)], 'delattr': [(), (1,)], 'dir': [(1,2)],
 'divmod': [(), (1,), (1,'a')], 'format': [(), (1,2,3), (1, 5)], 'getattr': [(), (1,), (1,2), (1,2,3,4)], 'globals': [(1,)],
 'hasattr': [(), (1,2)], 'hash': [(), ([],)], 'hex': [(), (1.5,)], 'id': [(), (1,2)], 'isinstance': [(), (1,), (1, 2)],
 'issubclass': [(), (1, int), (int, 1)], 'iter': [(), (1,), (1,2,3)], 'len': [(), (1,), (1,2)], 'locals': [(1,)],
 'max': [(), (1,), ([],)], 'min': [(), (1,), ([],)], 'next': [(), (1,), (1,2,3)], 'oct': [(), ('a',)], 'ord': [(), ('ab',), (1,), (b'',)],
 'pow': [(), (1,), (1,2,3,4), (1, 'a'), (2, -1, 5), (2, 2, 0)], 'repr': [(), (1,2)], 'round': [(), ('a',), (1.5, 'a')],
 'setattr': [(), (1,2)], 'sorted': [(), (1,), ([], 1)], 'sum': [(), (1,), (['a'], ''), ([], 1, 2)], 'vars': [(1,), (1,2)],
 'compile': [(), ('x',)], 'eval': [(), (1,)], 'exec': [(), (1,)], 'aiter': [(), (1,)], 'anext': [(), (1,)],
 'input': [(1,2)], 'breakpoint': [], 'print': [], 'open': [()], '__import__': [(), (1,)],
 'map': [(), (1,)], 'filter': [(), (1,)], 'zip': [], 'reversed': [(), (1,), (1,2)], 'enumerate': [(1,)],
 'range': [(), ('a',), (1,2,3,4), (1,2,0)], 'slice': [(), (1,2,3,4)], 'int': [('a',), (1, 2), ('1', 1), ('1', 'a')],
 'float': [('a',), (1,2), ([],)], 'complex': [('a',), ([],)], 'str': [(1,2,3,4), (b'a', 1)], 'bytes': [(1,2,3,4), ('a',), (-1,)],
 'bytearray': [('a',), (-1,)], 'list': [(1,), (1,2)], 'tuple': [(1,), (1,2)], 'dict': [(1,), (1,2)], 'set': [(1,), (1,2)],
 'frozenset': [(1,), (1,2)], 'bool': [(1,2)], 'object': [(1,)], 'type': [(), (1,2)], 'memoryview': [(), (1,)],
 'property': [(1,2,3,4,5)], 'staticmethod': [(), (1,2)], 'classmethod': [(), (1,2)], 'super': [(1,), (int, 1)],
}
kwcalls = {
 'sorted': [((), {'iterable': []}), (([],), {'x': 1})], 'max': [(([],), {'x': 1}), (([],), {'default': 1, 'key': None})],
 'min': [((1, 2), {'default': 0})], 'sum': [(([],), {'start': 1}), (([],), {'x': 1})], 'print': [((), {'x': 1}), ((), {'sep': 1}), ((), {'end': 1})],
 'round': [((), {'number': 1.5, 'ndigits': 1}), ((1,), {'x': 1})], 'pow': [((), {'base': 2, 'exp': 3, 'mod': 5}), ((2,), {'x': 1})],
 'divmod': [((1,), {'y': 1})], 'len': [((), {'obj': 1})], 'abs': [((), {'x': 1})], 'iter': [(([],), {'x': 1})],
 'next': [((iter([]),), {'default': 1})], 'getattr': [((1, 'a'), {'default': 1})], 'zip': [(([],), {'x': 1})],
 'map': [((abs, []), {'x': 1})], 'filter': [((None, []), {'x': 1})], 'int': [(('1',), {'x': 1}), ((), {'base': 2})],
 'dir': [((), {'x': 1})], 'vars': [((), {'object': 1})], 'format': [((1,), {'format_spec': ''})], 'isinstance': [((1, int), {'x': 1})],
 'chr': [((), {'i': 1})], 'hash': [((), {'obj': 1})], 'ascii': [((), {'obj': 1})], 'open': [((), {'file': '/nonexistent-pyk'})],
 'compile': [((), {'source': 'x', 'filename': 'f', 'mode': 'eval', 'x': 1})], 'exec': [(('1',), {'globals': 1})], 'eval': [(('1',), {'x': 1})],
 'reversed': [(([],), {'x': 1})], 'enumerate': [((), {})], 'bool': [((), {'x': 1})], 'list': [((), {'x': 1})], 'dict': [((), {'x': 1})],
 'tuple': [((), {'x': 1})], 'float': [((), {'x': 1})], 'str': [((), {'x': 1})], 'type': [((1,), {'x': 1})], 'set': [((), {'x': 1})],
 'range': [((1,), {'x': 1})], 'slice': [((1,), {'x': 1})], 'memoryview': [((b'',), {'x': 1})], 'bytes': [((), {'x': 1})],
}
for name, argsets in calls.items():
    f = getattr(builtins, name)
    for a in argsets:
        try: f(*a); r = 'ok'
        except Exception as e: r = f'{type(e).__name__}: {e}'
        print(name, a, '->', r)
for name, sets in kwcalls.items():
    f = getattr(builtins, name)
    for a, k in sets:
        try: f(*a, **k); r = 'ok'
        except Exception as e: r = f'{type(e).__name__}: {e}'
        print(name, safe(a), k, '->', r)
