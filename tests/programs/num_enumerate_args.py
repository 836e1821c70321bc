# enumerate's argument checking and its messages.
cases = [
    ((), {}),
    (("ab",), {}),
    (("ab", 3), {}),
    (("ab",), {"start": -2}),
    ((), {"iterable": "ab"}),
    ((), {"iterable": "ab", "start": 7}),
    ((), {"start": 7, "iterable": "ab"}),
    ((), {"start": 1}),
    ((), {"x": 1}),
    (("ab",), {"iterable": "cd"}),
    (("ab",), {"begin": 1}),
    ((), {"iterable": "ab", "stop": 1}),
    ((), {"start": 1, "stop": 1}),
    ((), {"stop": 1, "start": 1}),
    (("ab",), {"start": 1, "x": 2}),
    (("ab", 1, 2), {}),
    ((), {"a": 1, "b": 2, "c": 3}),
    (("ab",), {"start": "1"}),
    (("ab",), {"start": 1.5}),
    ((5,), {}),
    (("ab", 2**70), {}),
    (("ab", True), {}),
]
for args, kw in cases:
    try:
        print(args, sorted(kw.items()), "->", list(enumerate(*args, **kw)))
    except TypeError as e:
        print(args, sorted(kw.items()), "-> TypeError:", e)
