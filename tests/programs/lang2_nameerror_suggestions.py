# NameError messages with "Did you mean" suggestions (printed by the traceback).
import traceback
def show(f):
    try:
        f()
    except Exception as e:
        print("".join(traceback.format_exception_only(e)).rstrip())

counter_value = 1
def a():
    return counter_valu
show(a)
def b():
    return lenn([1])
show(b)
def c():
    local_thing = 3
    return local_thin
show(c)
def d():
    return zzzzzzzzzz
show(d)
class K:
    def m(self):
        self.attribute = 1
        return attribute
show(K().m)
def e():
    return Tru
show(e)
def f():
    import_me = 1
    return sys
show(f)
def g():
    return pritn
show(g)
