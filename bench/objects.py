# Objects: instance creation, attribute reads and writes, method calls, a dict of counters.
class Vec:

    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y

class Particle:
    def __init__(self, p, v):
        self.p = p
        self.v = v
    def step(self):
        self.p = self.p.add(self.v)
        return self.p.dot(self.v)

ps = [Particle(Vec(i, i + 1), Vec(1, -1)) for i in range(100)]
tot = 0
for _ in range(300):
    for p in ps:
        tot += p.step()
words = {}
for i in range(20000):
    w = "w" + str(i % 500)
    words[w] = words.get(w, 0) + 1
print(tot, len(words), sorted(words.items())[:3])
