# NameError "Did you mean" hints, as printed by the traceback module (3.13).
import traceback, sys

def last_line(fn):
    try:
        fn()
    except BaseException as e:
        print(traceback.format_exception_only(e)[-1].rstrip())

counter_value = 1
def typo_global():
    return counter_valu
def typo_local():
    measurement = 3
    return measurment
def typo_builtin():
    return lenn([1])
def typo_builtin2():
    return pritn("x")
def typo_closure():
    account_total = 5
    def inner():
        return account_totl
    return inner()
def far_off():
    return completely_unrelated_name_xyz
def keyword_like():
    return true
def none_like():
    return Nul
class Service:
    def __init__(self):
        self.connection = "c"
    def method(self):
        return connection
    def method2(self):
        return self_connection
def import_hint():
    return math.pi
def import_hint2():
    return collections.OrderedDict

for fn in [typo_global, typo_local, typo_builtin, typo_builtin2, typo_closure, far_off, keyword_like,
           none_like, Service().method, Service().method2, import_hint, import_hint2]:
    last_line(fn)

# the exception itself has name, and str() has no hint
try:
    undefined_thing
except NameError as e:
    print(repr(e.name), str(e))

# UnboundLocalError is a NameError subclass, no hint
def ub():
    print(value_x)
    value_x = 1
last_line(ub)

# free variable referenced before assignment in the enclosing scope
def enclosing():
    def inner():
        return later_var
    r = inner
    try:
        return r()
    finally:
        later_var = 1
last_line(enclosing)

# a name deleted in the class body
class K:
    temp = 1
    del temp
    try:
        temp
    except NameError as e:
        msg = traceback.format_exception_only(e)[-1].rstrip()
print(K.msg)

# very long names and many candidates: only close ones are suggested
abcdefghij_1 = abcdefghij_2 = 0
def candidates():
    return abcdefghij_3
last_line(candidates)
