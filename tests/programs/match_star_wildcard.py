# Sequence patterns with a '*_' star index the subject instead of unpacking it (a range of 2**30 items matches at once).
def m(w):
    match w:
        case x, y, *_:
            return ('a', x, y)
    return None
print(m(range(1 << 30)), m([1]), m((1, 2)), m('ab'), m([1, 2, 3, 4]))
def m2(w):
    match w:
        case [1, *_, 3, z]:
            return ('b', z)
        case [_, *_, q]:
            return ('c', q)
        case [*_]:
            return 'd'
print(m2([1, 2, 3, 4]), m2([1, 3, 9]), m2([5, 6]), m2([7]), m2([]), m2(range(10**12)))
def m3(w):
    match w:
        case [a, *_, [b, c]] if a < b:
            return (a, b, c)
        case _:
            return 'no'
print(m3([1, 0, [2, 3]]), m3([5, [2, 3]]), m3([1, 2]))
