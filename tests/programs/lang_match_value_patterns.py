# needs: stdlib
# Value patterns with dotted names, enums, constants from modules; guards with side effects.
import enum
class Status(enum.Enum):
    OK = 200
    NOT_FOUND = 404
class Consts:
    ANSWER = 42
    class Nested:
        DEEP = "deep"

def check(v):
    match v:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Consts.ANSWER:
            return "the answer"
        case Consts.Nested.DEEP:
            return "deep value"
        case 200:
            return "raw 200"
        case _:
            return "other"

for v in (Status.OK, Status.NOT_FOUND, 42, "deep", 200, 404):
    print(repr(v), check(v))

calls = []
def guard(tag, result):
    calls.append(tag)
    return result
match [1, 2]:
    case [a, b] if guard("first", False):
        pass
    case [a, b] if guard("second", True):
        print("matched second", a, b)
    case _ if guard("never", True):
        pass
print(calls)

class Eq:
    def __eq__(self, o):
        print("Eq.__eq__ called with", o)
        return o == 1
match Eq():
    case 1:
        print("matched via reflected __eq__")
match 1:
    case Consts.ANSWER:
        print("no")
    case Status.OK | 1:
        print("or with value and literal")
