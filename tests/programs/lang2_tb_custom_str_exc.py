# Uncaught exceptions whose __str__ misbehaves or is custom.
class Custom(Exception):
    def __str__(self):
        return "custom message with\nnewline"

class Module:
    pass

try:
    raise Custom()
except Custom as e:
    print(repr(e), str(e))

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")

import traceback
try:
    raise BadStr("x")
except BadStr as e:
    print(traceback.format_exception_only(e))

raise Custom("ignored arg")
