# needs: stdlib
# random on the _random Mersenne Twister: seeded sequences equal CPython's.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.getrandbits(100), random.choice("abcdef"))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), round(random.gauss(0, 1), 12), round(random.uniform(1, 2), 12))
random.seed(2**100 + 7); print(random.random())
random.seed(0); print(random.random())
r = random.Random(123); s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), r.randrange(10, 1000, 7))
random.seed(-5); print(random.random())
print(random.Random(3.5).random() == random.Random(hash(3.5)).random())
