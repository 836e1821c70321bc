# for loops over many iterables, with else, break, continue.
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break")

for x in "abc":
    if x == "b":
        print("found b")
        break
else:
    print("not reached")

for k, v in {"one": 1, "two": 2}.items():
    print(k, v)

for i in range(10, 0, -3):
    print(i, end=" ")
print()

for ch in b"hi":
    print(ch)

for n in range(5):
    if n % 2 == 0:
        continue
    print("odd", n)
else:
    print("loop done, n =", n)

for _ in []:
    print("never")
else:
    print("empty loop else")

# loop variable keeps its last value; the iterable is evaluated once
def src():
    print("src called")
    return [1, 2]
for item in src():
    pass
print(item)

# modifying a list while iterating
lst = [1, 2, 3, 4]
for e in lst:
    if e == 2:
        lst.remove(e)
print(lst)

# custom iterator
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print([c for c in Count(3)])

# __getitem__-based iteration
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
for s in Seq():
    print("seq", s)

try:
    for z in 42:
        pass
except TypeError as e:
    print("TypeError:", e)

# for with attribute and subscript targets
class O: pass
o = O()
arr = [0, 0]
for o.val in range(2):
    pass
for arr[1] in "xy":
    pass
print(o.val, arr)
