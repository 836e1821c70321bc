import os  # a comment

# full line
def f(a, *b, **c) -> int:
    if a >= 1:
        return a ** 2
    x = [1, 2,
         3]
    return x

class C: pass
