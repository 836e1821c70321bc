# __slots__ on subclasses of builtin types: no instance dict, member
# descriptors, weak references only when declared, pickling state, sizes.
import weakref, copy, pickle, sys
def show(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(show(i) for i in x) + ")"
    if type(x).__name__.endswith("iterator"):
        return "<" + type(x).__name__ + ">"
    return repr(x)
for base in (float, str, tuple, list, dict, set, frozenset, complex, Exception, int, bytes, object, bytearray):
    print("==", base.__name__)
    try:
        class S(base):
            __slots__ = ('a',)
    except TypeError as e:
        print("TypeError", e); continue
    s = S()
    print(S.a, S.__dict__['a'] is S.a, type(S.a).__name__)
    try: s.__dict__; print("has __dict__", s.__dict__)
    except AttributeError as e: print("AE", e)
    try: s.b = 1; print("set b ok")
    except AttributeError as e: print("AE", e)
    try: s.a
    except AttributeError as e: print("AE", e)
    try: del s.a
    except AttributeError as e: print("AE", e)
    s.a = 1
    print(s.a, hasattr(s, '__weakref__'))
    try: weakref.ref(s); print("weakref ok")
    except TypeError as e: print("TE", e)
    if base is not Exception:
        print(show(s.__reduce_ex__(2)[1:]))
    try: print(s.__getstate__())
    except Exception as e: print(type(e).__name__, e)
    for cp in (copy.copy, copy.deepcopy):
        try: c = cp(s); print(type(c).__name__, c.a)
        except AttributeError as e: print("AE", e)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            p = pickle.loads(pickle.dumps(s, proto)); print(proto, type(p).__name__, p.a, end='; ')
        except Exception as e: print(proto, type(e).__name__, e, end='; ')
    print()
    class T(base):
        pass
    class U(base):
        __slots__ = ('a', 'b')
    class V(base):
        __slots__ = ()
    if base is not str:  # (str's __sizeof__ counts its own way)
        print(base.__sizeof__(U()) - base.__sizeof__(V()), S.__sizeof__(S()) - base.__sizeof__(base()), T.__sizeof__(T()) - base.__sizeof__(base()))
    try:
        class D(base):
            __slots__ = ('__dict__',)
    except TypeError as e:
        print("TE", e)
    else:
        d = D(); d.x = 1; print(d.__dict__, '__dict__' in D.__dict__)
        try: weakref.ref(d); print("weakref ok")
        except TypeError as e: print("TE", e)
    try:
        class W(base):
            __slots__ = ('__weakref__',)
    except TypeError as e:
        print("TE", e)
    else:
        w = W()
        try: weakref.ref(w); print("weakref ok")
        except TypeError as e: print("TE", e)
        try: w.__dict__; print("has __dict__")
        except AttributeError as e: print("AE", e)
    class S2(S):
        __slots__ = ('c',)
    s2 = S2(); s2.a = 1; s2.c = 3
    print(s2.__getstate__(), sorted(dir(s2)) == sorted(set(dir(s2))), 'c' in dir(s2))
    class S3(S):
        pass
    s3 = S3(); s3.a = 1; s3.z = 2
    print(s3.__dict__, s3.__getstate__())

# Variable-size layouts refuse any slot, even __dict__/__weakref__.
for base in (int, bytes, tuple, type):
    for slots in (('a',), ('__dict__',), ('__weakref__',), ()):
        try:
            class V(base):
                __slots__ = slots
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, e)
# Exceptions take no weak references unless a subclass adds them.
try:
    weakref.ref(ValueError())
except TypeError as e:
    print(e)
class E(Exception):
    pass
weakref.ref(E()); print("E weakref ok", E.__weakref__)
import time
st = time.gmtime(0)
print(st.tm_zone, st.tm_year, type(st).__mro__)
# Builtin bases whose instances carry a dict keep it under __slots__.
import collections, types, threading
for b in (collections.OrderedDict, types.SimpleNamespace, threading.local):
    class S(b):
        __slots__ = ('a',)
    s = S(); s.z = 1; s.a = 2
    print(b.__name__, s.__dict__, s.a)
class OS(collections.OrderedDict):
    __slots__ = ('x', 'y')
od = OS([('k', 1)]); od.x = [1]; od.z = 'z'
for dup in (copy.copy(od), copy.deepcopy(od), pickle.loads(pickle.dumps(od))):
    print(type(dup).__name__, dict(dup), dup.x, dup.__dict__, hasattr(dup, 'y'))
print(od.__reduce__()[2])
