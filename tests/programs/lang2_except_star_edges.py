# except* edge cases.
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("V:", repr(g))
    except* (TypeError, KeyError) as g:
        print("TK:", repr(g))

run(ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)]))
run(ValueError("naked"))   # a naked exception is wrapped
try:
    run(ExceptionGroup("eg", [ValueError(1), OSError(2)]))
except ExceptionGroup as eg:
    print("rest:", repr(eg))

# nested groups are split preserving structure
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as g:
    print(repr(g))
except* TypeError as g:
    print(repr(g))

# raising inside except* creates new group with context
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print(repr(eg), repr(eg.exceptions[0].__context__))

# re-raise within except* keeps original
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print(repr(eg))

# except* cannot catch ExceptionGroup itself
try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

# empty match does not bind
try:
    raise ExceptionGroup("eg", [TypeError()])
except* ValueError as v:
    print("never")
except* TypeError:
    print("typeerror branch")

# else and finally with except*
try:
    pass
except* ValueError:
    print("no")
else:
    print("else")
finally:
    print("finally")

# BaseExceptionGroup with non-Exception members
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as g:
    print(type(g).__name__, repr(g))
except* ValueError as g:
    print(type(g).__name__, repr(g))

# subclass of ExceptionGroup: derive preserves
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as g:
    print(type(g).__name__, g.message)
except* TypeError as g:
    print(type(g).__name__, g.message)

# notes and traceback are copied to split groups
eg = ExceptionGroup("noted", [ValueError(1), KeyError(2)])
eg.add_note("a note")
try:
    raise eg
except* ValueError as g:
    print(g.__notes__)
except* KeyError as g:
    print(g.__notes__)

# a handler matching a naked exception gets a group
try:
    raise KeyError("solo")
except* KeyError as g:
    print(type(g).__name__, g.exceptions)

# raise a different naked exception from a handler
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("plain")
except ExceptionGroup as eg:
    print(repr(eg.exceptions))
