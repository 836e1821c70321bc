# bytes methods that mirror str: case, predicates, padding, strip/split families, with bytes-only argument rules
b = b'Hello World 123'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b'hELLO wORLD'.capitalize(), b'\xe9a'.upper(), b'ab cd'.title())
print(b.center(21, b'*'), b.ljust(18, b'.'), b.rjust(18), b.zfill(20), b'-12'.zfill(6), b'+'.zfill(3), b.expandtabs(), b'a\tb\tc'.expandtabs(4))
print(b.isalnum(), b'abc'.isalpha(), b'123'.isdigit(), b' \t\x0b\x0c\r\n'.isspace(), b'\x1c'.isspace(), b'Ab Cd'.istitle(), b'abc'.islower(), b'ABC1'.isupper(), b'\x80'.isascii(), b''.isalpha())
print(b.startswith(b'Hell'), b.startswith((b'x', b'He')), b.endswith(b'23', 0, 15), b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'W'), b.count(b'l'), b.count(108))
print(b'  xx  '.strip(), b'xxhixx'.strip(b'x'), b'abc'.lstrip(b'ba'), b'abc'.rstrip(b'cb'), b'a,b,,c'.split(b','), b'a b  c'.split(), b'a b c'.rsplit(None, 1), b'a.b.c'.partition(b'.'), b'a.b.c'.rpartition(b'.'))
print(b.replace(b'l', b'L', 2), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'bc'), b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'ab'.translate(None, b'a'), b'ab'.translate(bytes.maketrans(b'ab', b'xy')))
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(b.center, 20, '*'); t(b.center, 20, b'**'); t(b.startswith, 'H'); t(b.startswith, [b'H']); t(b.find, 'o'); t(b.find, 256); t(b.count, -1)
t(b.split, ''); t(b.split, b''); t(b.replace, 'a', 'b'); t(b'-'.join, [b'a', 'b']); t(b'-'.join, [1]); t(b.strip, 'x'); t(b.partition, b'')
t(b.index, b'zz'); t(b.rindex, 122); t(b.translate, b'short'); t(bytes.maketrans, b'ab', b'c'); t(b.removeprefix, 'x'); t(b.zfill, 'x')
t(b.expandtabs, tabsize=-1); t(b'x'.center); t(b.split, maxsplit=1); t(b.rsplit, b' ', -1); t(b.splitlines, True); t(b.ljust, 3)
