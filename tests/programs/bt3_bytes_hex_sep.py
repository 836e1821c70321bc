# bytes.hex(sep, bytes_per_sep) and bytes.fromhex for bytes, bytearray and memoryview
data = bytes(range(0xf8, 0x100)) + b'\x00\x01'
for sep, n in [(None, 1), (':', 1), (':', 2), (':', -2), (b'-', 3), ('_', -3), (' ', 100), (' ', -100), ('.', 0)]:
    try:
        if sep is None:
            print(data.hex(), bytearray(data).hex(), memoryview(data).hex())
        else:
            print(data.hex(sep, n), bytearray(data).hex(sep, n), memoryview(data).hex(sep, n))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for sep in ['::', '', 'é', 5, b'\xff']:
    try:
        print(data.hex(sep))
    except Exception as e:
        print(repr(sep), type(e).__name__ + ':', e)
print(b''.hex(':'), b'\x01'.hex(':', 5), data.hex(sep=':', bytes_per_sep=4))
for s in ['', 'ff', 'FF 00', ' 0a0b ', '0a 0b\t\n0c', 'f', 'fff', 'gg', '0 a', 'a b', '\u0660\u0661', 'ab\x0b', 'ab\xa0cd', '1 2']:
    for cls in (bytes, bytearray):
        try:
            print(repr(s), cls.__name__, cls.fromhex(s))
        except (ValueError, TypeError) as e:
            print(repr(s), cls.__name__, type(e).__name__ + ':', e)
for bad in [b'ff', 5, None]:
    try:
        bytes.fromhex(bad)
    except TypeError as e:
        print('TypeError:', e)
class B(bytes):
    pass
class BA(bytearray):
    pass
print(type(B.fromhex('00')).__name__, type(BA.fromhex('00')).__name__)
