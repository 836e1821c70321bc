# bytes %-formatting: conversions, errors, bytearray and buffer arguments
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ':', e)
t(b'%s', b'abc')
t(b'%s', bytearray(b'x'))
t(b'%s', memoryview(b'mv'))
t(b'%s', 'str')
t(b'%s', 5)
t(b'%b', b'b')
t(b'%r', 'é')
t(b'%a', 'é')
t(b'%c', 65)
t(b'%c', b'A')
t(b'%c', b'AB')
t(b'%c', 256)
t(b'%c', 'A')
t(b'%d %i %x %o %X %e %f %g', (1, 2, 255, 8, 255, 1.5, 2.5, 3.5))
t(b'%5s|%-5s|%.2s', (b'ab', b'cd', b'efg'))
t(b'%(k)s', {b'k': b'v'})
t(b'%(k)s', {'k': b'v'})
t(b'%s %s', (b'a',))
t(b'%s', (b'a', b'b'))
t(b'%z', 1)
t(bytearray(b'%s-%d'), (b'x', 3))
t(b'%%%s', b'1')
class BB:
    def __bytes__(self):
        return b'custom'
t(b'%s', BB())
t(b'%b', BB())
class Bad:
    def __bytes__(self):
        return 'not bytes'
t(b'%s', Bad())
print(type(bytearray(b'%d') % 5).__name__)
