# try/except/else/finally, raise, exception attributes.
def check(v):
    try:
        if v == 0:
            raise ValueError("zero")
        r = 10 / v
    except ValueError as e:
        print("ValueError", e.args)
        return "handled"
    except (TypeError, ZeroDivisionError) as e:
        print("other", type(e).__name__, e)
    else:
        print("no error", r)
    finally:
        print("finally", v)
    return "done"

print(check(0))
print(check(2))
print(check("s"))
try:
    [1, 2][5]
except IndexError as e:
    print(repr(e))
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e))
try:
    raise KeyError("a", 1)
except LookupError as e:
    print(e.args, isinstance(e, KeyError))
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
