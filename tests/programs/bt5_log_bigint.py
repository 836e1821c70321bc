# math.log/log2/log10 of ints too big for a float (no decimal conversion, so
# no int-to-str digit limit), and int(x, base) only for str/bytes/bytearray.
import math
for x in [10**400, 2**5000+1, 7**3000, 10**20000, 2**1024, 2**1023*3]:
    print(repr(math.log(x)), repr(math.log10(x)), repr(math.log2(x)), repr(math.log(x, 3)))
print(math.log(True), math.log(10**5))
for bad in [0, -10**400, False]:
    try: math.log(bad)
    except ValueError as e: print(e)
for text in [b'101', bytearray(b'101'), memoryview(b'101')]:
    try:
        print(int(text, 2))
    except TypeError as e:
        print('TypeError', e)
print(int(memoryview(b'101')))
