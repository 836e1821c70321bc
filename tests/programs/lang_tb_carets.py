# needs: stdlib
# Caret markers under the failing sub-expression of a traceback line.
def compute(data):
    total = data["a"]["b"] + data["c"]
    return total

def call_attr(obj):
    return obj.method().value

class O:
    def method(self):
        return None

import traceback
for fn, arg in ((compute, {"a": {"b": 1}, "c": None}), (compute, {"a": {}}), (call_attr, O())):
    try:
        fn(arg)
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))

def divide(a, b):
    return (a +
            b) / (b - b)
divide(1, 2)
