# %-formatting of bytes and bytearray: %b, %s via buffers and __bytes__, %a, %r, %c and the errors
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
class B:
    def __bytes__(self): return b'<B>'
t(b'%b|%s', (b'x', bytearray(b'y'))); t(b'%s', memoryview(b'mv')); t(b'%s', B()); t(b'%b', 'str'); t(b'%s', 5); t(b'%a', 'é'); t(b'%r', 'é')
t(b'%a', b'\xff'); t(b'%c%c', (65, b'B')); t(b'%c', 256); t(b'%c', b'ab'); t(b'%c', 'a'); t(b'%d %5.2f %x %o %e', (1, 2.5, 255, 8, 1e10))
t(b'%(k)s %(n)d', {b'k': b'v', b'n': 3}); t(b'%(k)s', {'k': b'v'}); t(b'%-6b|', b'ab'); t(b'%.1b', b'abc'); t(b'%5c|', 65); t(b'%i', True)
t(bytearray(b'%s-%s'), (b'a', b'b')); t(b'%s', ()); t(b'%s %s', b'a'); t(b'no', 1); t(b'%z', 1); t(b'%%%s', b'x'); t(b'%*d', (3, 4))
r = bytearray(b'%d') % 5
print(type(r).__name__, r)
t(b'%d', 'x'); t(b'%x', 1.5); t(b'%f', b'x'); t(b'%s', None); t(b'%s', [1]); t(b'%r', [b'x'])
