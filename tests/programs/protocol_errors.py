# What a plain class lacks: conversions, operators and protocols report CPython's TypeErrors; read-only attribute messages.
class A: pass
for f in (lambda: float(A()), lambda: int(A()), lambda: complex(A()), lambda: (1j).real.__class__, lambda: setattr(1j, "real", 2), lambda: setattr(A, "x", 1) or A.x,
          lambda: abs(A()), lambda: -A(), lambda: A() < A(), lambda: len(A()), lambda: A()[0], lambda: iter(A()), lambda: A()(), lambda: round(A()), lambda: hash(A()) != 0,
          lambda: sorted([A(), A()]), lambda: divmod(A(), 1), lambda: [1][A()], lambda: "x" * A(), lambda: ~A()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: setattr([], "append", 1), lambda: setattr(1, "real", 2)):
    try:
        f()
    except AttributeError as e:
        print(e)
