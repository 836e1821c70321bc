# needs: stdlib
# runtimes: gil ft
# _random.Random (native): CPython's numbers for the same seeds, seeding of
# every argument kind, getrandbits, getstate/setstate, the constructor's
# argument rules, subclassing, and several threads sharing one generator.
import random
import threading
import _random


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


random.seed(12345)
print([random.random() for _ in range(5)])
print(random.getrandbits(100), random.randrange(10**30))
print(random.choice('abcdefghij'), random.randint(1, 10**6))
l = list(range(20)); random.shuffle(l); print(l)
print(random.gauss(), random.gauss(5, 2), random.uniform(1, 3))
print(random.sample(range(1000), 6), random.choices('xyz', k=8))
print(random.Random('hello').random(), random.Random(b'hello').random(), random.Random(bytearray(b'hi')).random())
random.seed(b'x'); print(random.random())
random.seed(3.7); print(random.random())
random.seed(-2.5); print(random.random())
random.seed('hello', version=1); print(random.random())
random.seed(True); print(random.random())
for n in (0, 1, -1, 2**32 - 1, 2**32, 2**64 + 3, -(2**100), 10**40):
    print(n, random.Random(n).random())
print(random.Random(-7).random() == random.Random(7).random())
print(random.Random(2**200).getrandbits(300))

r = _random.Random(42)
print(r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(65))
print(r.getrandbits(0), r.getrandbits(1000).bit_length() <= 1000)
r.seed(1 + 2j); print(r.random())
r.seed((1, 2)); print(r.random())
r.seed(); r.seed(None)
print(_random.Random(8675309).random() == _random.Random(8675309).random())

# getstate / setstate
s = r.getstate()
print(type(s).__name__, len(s), s[-1], all(0 <= x < 2**32 for x in s[:-1]))
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)])
g = random.Random(99); st = g.getstate(); x = [g.random(), g.gauss()]; g.setstate(st); print(x == [g.random(), g.gauss()])
print(_random.Random(0).getstate()[:3], _random.Random(0).getstate()[-1])
r.setstate((2**64 - 1,) * 624 + (3,)); print(r.getstate()[:2], r.getstate()[-1], r.random())
r.setstate((0,) * 624 + (624,)); print(r.random())
for bad in ([1] * 625, (1,) * 624, (1,) * 624 + (625,), (1,) * 624 + (-1,), ('a',) * 625,
            (-1,) * 625, (1.0,) * 625, (2**64,) * 625, (1,) * 624 + (2**63,), (1,) * 624 + (2.0,),
            (0,) * 624 + ('a',)):
    show(lambda: r.setstate(bad))

# getrandbits arguments
show(lambda: r.getrandbits(-1))
show(lambda: r.getrandbits(1.0))
show(lambda: r.getrandbits(2**70))
show(lambda: r.getrandbits())
show(lambda: r.getrandbits(k=3))
show(lambda: r.random(1))
show(lambda: r.seed(1, 2))
show(lambda: r.seed([1]))

# constructor rules
show(lambda: _random.Random(1, 2))
show(lambda: _random.Random(x=1))
show(lambda: _random.Random([]))


class Plain(_random.Random):
    pass


print(Plain(5).random() == _random.Random(5).random())
show(lambda: Plain(x=1))
show(lambda: Plain(1, 2))


class Own(_random.Random):
    def __init__(self, a, b=0, *, c=0):
        pass


print(Own(1, 2, c=3).random())


class Sup(_random.Random):
    def __init__(self, seed, extra=None):
        super().__init__(seed)
        self.extra = extra


o = Sup(5, extra='e')
print(o.random() == _random.Random(5).random(), o.extra)


class Sub(random.Random):
    def __init__(self, newarg=None):
        random.Random.__init__(self, 77)


print(Sub(newarg=1).random() == random.Random(77).random())
print(random.SystemRandom().random() < 1.0, 0 <= random.SystemRandom().getrandbits(70) < 2**70)
show(lambda: _random.Random.random(5))

# one generator, several threads: no lost or torn state
shared = _random.Random(2024)
def work():
    for _ in range(20000):
        shared.random()
        shared.getrandbits(40)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ref = _random.Random(2024)
for _ in range(4 * 20000):
    ref.random()
    ref.getrandbits(40)
print(shared.getstate()[-1] == ref.getstate()[-1], shared.random() == ref.random())
