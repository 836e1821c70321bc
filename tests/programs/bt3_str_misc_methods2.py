# str: ljust/rjust results, isascii, str() of bytes, startswith tuples, encode default
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 'abc'.isascii())
t(lambda: 'é'.isascii())
t(lambda: ''.isascii())
t(lambda: str(b'ab'))
t(lambda: str(b'ab', 'ascii'))
t(lambda: str(b'\xff', 'latin-1'))
t(lambda: str(b'\xff', 'utf-8', 'replace'))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str('x', 'utf-8'))
t(lambda: str(object=5))
t(lambda: str(5, 'utf-8'))
t(lambda: str(bytearray(b'z'), encoding='ascii'))
t(lambda: 'Hello'.encode())
t(lambda: 'a-b_c d'.title())
t(lambda: 'ABC'.lower().upper().swapcase())
t(lambda: 'tab\there'.expandtabs(2))
t(lambda: 'x'.center(4, '\u00e9'))
