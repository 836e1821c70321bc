try:
    a
except E as e:
    b
except (F, G):
    c
except:
    d
else:
    e2
finally:
    f
with m as n, o:
    p
def h():
    for i in x:
        try:
            return i
        finally:
            print('f')
    with q:
        return 1
    try:
        pass
    except* ValueError as eg:
        pass
assert x, 'msg'
raise X from Y
del a, b.c, d[1]
