def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def mutate_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t(mutate_dict)
def del_dict():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
t(del_dict)
def change_keys_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 1
t(change_keys_same_size)
def dict_values():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
t(dict_values)
def dict_items():
    d = {1: 1}
    for v in d.items():
        d.pop(1)
t(dict_items)
def modify_value_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 'x'
    return d
t(modify_value_ok)
def mutate_set():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(mutate_set)
def discard_set():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
t(discard_set)
def list_grow():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 6:
            l.append(x * 10)
    return out
t(list_grow)
def list_shrink():
    l = [1, 2, 3, 4]
    out = []
    for x in l:
        out.append(x)
        l.remove(x)
    return out, l
t(list_shrink)
def dict_iter_after_clear():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d.clear()
    return list(it)
t(dict_iter_after_clear)
def dict_iter_restore():
    d = {1: 1, 2: 2}
    it = iter(d)
    d[3] = 3
    del d[3]
    return list(it)
t(dict_iter_restore)
def deque_mut():
    from collections import deque
    q = deque([1, 2])
    for x in q:
        q.append(3)
t(deque_mut)
def sort_mut():
    l = [3, 1, 2]
    l.sort(key=lambda x: l.clear() or x)
t(sort_mut)
def dict_keys_len():
    d = {1: 1}
    ks = d.keys()
    d[2] = 2
    return len(ks), sorted(ks)
t(dict_keys_len)
