# needs: stdlib
# NameError and UnboundLocalError messages, with suggestions (uncaught at end).
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e, "| name =", e.name)

show(lambda: undefined_thing)
counter = 0
def bump():
    counter += 1
show(bump)
def later():
    print(value)
    value = 1
show(later)
def freevar():
    def inner():
        return zz
    inner_ = inner
    try:
        return inner_()
    finally:
        pass
    zz = 1
show(freevar)
def deleted():
    q = 1
    del q
    return q
show(deleted)
print(isinstance(UnboundLocalError(), NameError))

longer_variable_name = 1
def typo():
    return longer_variable_nam
try:
    typo()
except NameError as e:
    print(repr(e))

import traceback
try:
    typo()
except NameError as e:
    print(traceback.format_exception_only(e)[-1], end="")
try:
    lenn([1])
except NameError as e:
    print(traceback.format_exception_only(e)[-1], end="")

def local_suggestion():
    some_local = 5
    return some_locl
local_suggestion()
