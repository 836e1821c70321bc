# Struct sequences are made from one sequence with one item per field;
# sys.flags and sys.version_info cannot be made at all.
import sys
import os

T = type(sys.float_info)
for args, kw in [((), {}), (((1, 2),), {}), ((tuple(range(12)),), {}), ((5,), {}),
                 ((tuple(range(11)), 5), {}), ((), {'sequence': range(11), 'x': 1})]:
    try:
        T(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
print(T(range(11)))
print(T(tuple(range(11)), {}).max, T(sequence=list(range(11))).rounds)
try:
    T(range(11), None)
except TypeError as e:
    print('TypeError:', e)
for t in (type(sys.flags), type(sys.version_info)):
    try:
        t(tuple(range(30)))
    except TypeError as e:
        print('TypeError:', e)
u = os.uname()
print(type(u)(tuple(u)) == u)
print(sys.get_asyncgen_hooks(), isinstance(sys.version_info, tuple), sys.flags.optimize)
print(os.terminal_size((80, 24)))
try:
    os.terminal_size((80,))
except TypeError as e:
    print('TypeError:', e)
