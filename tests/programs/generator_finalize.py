# A suspended generator that goes away is closed: finally blocks and with-exits run.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g(); next(x); del x
print("after del")
def nostart():
    try:
        yield 1
    finally:
        print("never")
w = nostart(); w = None
def gen_in_loop():
    for v in g():
        if v == 1:
            break
    print("loop done")
gen_in_loop()
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__)
def with_gen():
    with CM():
        yield "a"
        yield "b"
print(next(with_gen()))
def outer():
    yield from g()
o = outer(); next(o); o = None
print("end")
keep = g(); next(keep)
