# An exhausted iterator drops its container at once (list, tuple, str,
# dict and its views, bytes, bytearray, set, frozenset), so a container
# subclass's __del__ runs when iteration ends; pickling an exhausted
# iterator still gives an empty container of the right kind.
import pickle


def check(make_iter, cls, label):
    log = []

    class A(cls):
        def __del__(self):
            log.append("del")
            try:
                next(it)
            except StopIteration:
                log.append("stop again")

    it = make_iter(A())
    try:
        next(it)
    except StopIteration:
        log.append("stop")
    print(label, log)


check(iter, list, "list")
check(iter, tuple, "tuple")
check(iter, str, "str")
check(iter, dict, "dict")
check(lambda d: iter(d.keys()), dict, "keys")
check(lambda d: iter(d.values()), dict, "values")
check(lambda d: iter(d.items()), dict, "items")
check(reversed, dict, "reversed dict")
check(iter, bytes, "bytes")
check(iter, bytearray, "bytearray")
check(iter, set, "set")
check(iter, frozenset, "frozenset")

for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}):
    it = iter(seq)
    list(it)
    print(type(seq).__name__, it.__reduce__()[1:], it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
    print(" ", list(pickle.loads(pickle.dumps(it))))
r = reversed([1, 2])
list(r)
print(r.__reduce__()[1:], r.__length_hint__())

d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
for _ in range(2):
    try:
        print(list(it))
    except RuntimeError as e:
        print("again:", e)
