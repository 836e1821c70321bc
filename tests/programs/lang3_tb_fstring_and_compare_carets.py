# Traceback carets inside f-strings, comparisons, subscripts of calls and attribute calls.
import traceback, sys

def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)

class Obj:
    def method(self):
        return None
data = {"items": [1, 2]}

def in_fstring():
    return f"value: {data['items'][5]} end"
def in_fstring_call():
    return f"{Obj().method().upper()}"
def compare():
    return data["items"] < data
def chained():
    x = 1
    return 0 < x < "z"
def subscript_of_call():
    return Obj().method()["key"]
def attribute_call():
    return Obj().methd()
def method_on_none():
    return data.get("missing").strip()
def nested_calls():
    return len(str(int("1" + "x")))
def augmented():
    total = 0
    total += "s"
    return total
def multiline_dict():
    return {
        "a": 1,
        "b": 1 / 0,
    }

for fn in [in_fstring, in_fstring_call, compare, chained, subscript_of_call, attribute_call,
           method_on_none, nested_calls, augmented, multiline_dict]:
    show(fn)
