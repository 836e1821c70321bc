# A SyntaxError found by the compiler (not the parser) shows the source line.
print("never printed")

def ok():
    return 1

def bad():
    return f(a=1, b=2, a=3)
