# Assorted builtin behaviours: len() of a huge negative __len__, open()
# with NUL in the name, bytearray.join keeping its separator exported,
# bool(NotImplemented)'s DeprecationWarning, and deleting a very long
# chain of objects (no native stack overflow).
import sys
import warnings


class HugeNegativeLen:
    def __len__(self):
        return -sys.maxsize - 10


class HugeLen:
    def __len__(self):
        return sys.maxsize + 10


class NegativeLen:
    def __len__(self):
        return -10


for o in (HugeNegativeLen(), HugeLen(), NegativeLen()):
    try:
        len(o)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for name in ("a\x00b", b"a\x00b"):
    try:
        open(name)
    except ValueError as e:
        print("ValueError:", e)

import io
import os
for call in (lambda: os.stat(b"a\x00b"), lambda: os.open("a\x00b", 0), lambda: io.FileIO(b"a\x00b"), lambda: io.open("a\x00b", opener=None)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

array = bytearray(b",")


def shrinking():
    array.clear()
    yield b"A"
    yield b"B"


try:
    array.join(shrinking())
except BufferError as e:
    print("BufferError:", e)
print(array, bytearray(b",").join(iter([b"A", b"B"])))
array.clear()
print(array)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        print("truthy")
print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("DeprecationWarning:", e)

it = filter(bool, range(10))
for _ in range(300000):
    it = filter(bool, it)
del it


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


head = None
for _ in range(200000):
    head = Node(head)
del head
chain = []
for _ in range(100000):
    chain = [chain]
del chain
print("deep chains freed")
