# for-loop targets of every shape; loop variable after the loop; else clause.
class O: pass
o = O()
d = {}
l = [0, 0, 0]
for o.attr in range(3): pass
print(o.attr)
for d["key"] in "xy": pass
print(d)
for l[1] in (7, 8): pass
print(l)
for l[0:2] in [(1, 2), (3, 4)]: pass
print(l)
for a, (b, *c) in [(1, (2, 3, 4))]: print(a, b, c)
for [x] in [[1], [2]]: pass
print(x)
for i in []: pass
try:
    print(i)
except NameError as e:
    print("NameError:", e)
for k in range(3):
    if k == 5:
        break
else:
    print("else after full loop, k =", k)
for k in range(3):
    if k == 1:
        break
else:
    print("not printed")
print("k after break", k)
# modifying the list while iterating
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
print(nums)
# iterating a dict while mutating raises
dd = {1: 1}
try:
    for key in dd:
        dd[key + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
# loop over an exhausted iterator
it = iter([1, 2])
print(list(it), list(it))
# star target in for
for first, *rest in ["abc", "de"]:
    print(first, rest)
# nested loops with same variable
for q in range(2):
    for q in range(10, 12):
        pass
print(q)
# unpacking error inside for
try:
    for m, n in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print("ValueError:", e, (m, n))
