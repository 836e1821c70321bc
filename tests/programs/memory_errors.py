# Impossible allocations raise MemoryError (never abort the process).
for f in (lambda: b'a'.center(10**18), lambda: b'ab' * (10**17), lambda: 'a'.center(10**18), lambda: [0] * (10**17),
          lambda: 'ab' * (10**17), lambda: (1,) * (10**17), lambda: '5'.zfill(10**18), lambda: b'5'.zfill(10**18),
          lambda: bytearray(b'x') * 10**17, lambda: 'x'.ljust(10**18, 'é')):
    try:
        f()
    except MemoryError as e:
        print("MemoryError", repr(e))
print("still running")
for f in (lambda: list(range(10**18)), lambda: tuple(range(10**18)), lambda: bytes(10**18), lambda: bytearray(10**18), lambda: sorted(range(10**18))):
    try:
        f()
    except MemoryError as e:
        print("MemoryError", repr(e))
print("done")
