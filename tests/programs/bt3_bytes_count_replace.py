# bytes/bytearray count, replace, find with ints and buffers, subclass returns
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b'abcabc'
t(lambda: (b.count(b'a'), b.count(97), b.count(b''), b.count(bytearray(b'bc')), b.count(memoryview(b'c'))))
t(lambda: b.replace(b'a', b'XY'))
t(lambda: b.replace(b'a', b'', 1))
t(lambda: b.replace(97, b'x'))
t(lambda: bytearray(b).replace(b'c', b'C'))
t(lambda: b.find(99, 3))
t(lambda: b.rfind(b'ab'))
t(lambda: b.index(b'bc', 2))
t(lambda: b.split(b'b'))
t(lambda: b.rsplit(b'b', 1))
t(lambda: b.split(maxsplit=1))
t(lambda: b' a  b '.split())
t(lambda: b'a\x1cb'.split())
class B(bytes): pass
t(lambda: type(B(b'ab').replace(b'x', b'y')).__name__)
t(lambda: type(B(b'ab')[:1]).__name__)
t(lambda: type(B(b'ab') + b'c').__name__)
t(lambda: type(bytes(B(b'ab'))).__name__)
class BA(bytearray): pass
t(lambda: type(BA(b'ab').replace(b'a', b'b')).__name__)
t(lambda: type(BA(b'ab')[:1]).__name__)
t(lambda: type(BA(b'ab').copy()).__name__)
t(lambda: b'%s' % B(b'x'))
t(lambda: b.join([b'1', b'2']))
