# Carets for a failing call nested in another call's arguments.
def parse(s):
    return int(s)

def total(*xs):
    return sum(xs)

print(total(parse("1"), parse("2")))
print(total(parse("1"), parse("two"), parse("3")))
