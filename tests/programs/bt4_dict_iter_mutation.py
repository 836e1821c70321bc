# changing a dict, set or list while iterating it: the errors CPython raises and the cases that are allowed
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def del_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def replace_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 'v'
    return d
def pop_add_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 0
def items_view():
    d = {1: 1}
    for kv in d.items():
        d.clear()
def values_view():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
def set_add():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def set_discard_add():
    s = {1, 2}
    for x in s:
        s.discard(x)
        s.add(x + 100)
def list_append():
    L = [1, 2]
    for x in L:
        if len(L) < 6:
            L.append(x)
    return L
def list_remove():
    L = [1, 2, 3, 4]
    for x in L:
        L.remove(x)
    return L
def reversed_dict():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[3] = 3
def dict_keys_list():
    d = {1: 1, 2: 2}
    for k in list(d):
        del d[k]
    return d
def frozen_iter():
    s = {1}
    it = iter(s)
    s.add(2)
    s.remove(2)
    return list(it)
def dict_it_after():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    return next(it)
for name, f in list(globals().items()):
    if callable(f) and name not in ('t',) and not name.startswith('__'):
        t(name, f)
