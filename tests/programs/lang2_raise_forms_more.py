# raise: classes vs instances, bare raise re-raises the handled exception, invalid raises.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise 5
def r4(): raise object
def r5(): raise ValueError from ValueError
def r6():
    class NotExc: pass
    raise NotExc()
show(r1); show(r2); show(r3); show(r4); show(r5); show(r6)
# class whose constructor fails
class BadInit(Exception):
    def __init__(self):
        raise RuntimeError("constructor failed")
show(lambda: (_ for _ in ()).throw(BadInit))
def r7(): raise BadInit
show(r7)
# bare raise inside nested handlers re-raises the innermost
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
show(nested)
# bare raise in a function called from a handler sees the handled exception
def reraiser():
    raise
def caller():
    try:
        raise LookupError("from caller")
    except LookupError:
        reraiser()
show(caller)
# raise inside finally after return
def fin():
    try:
        return 1
    finally:
        raise OSError("in finally")
show(fin)
# raising an exception instance twice keeps it the same object
err = ValueError("same")
for _ in range(2):
    try:
        raise err
    except ValueError as e:
        print(e is err)
# raise from a handler assigns traceback entries
def tb_depth():
    try:
        raise ValueError
    except ValueError as e:
        n = 0
        tb = e.__traceback__
        while tb:
            n += 1
            tb = tb.tb_next
        return n
print(tb_depth())
# exception variable is cleared; outer binding gone
e = "outer"
try:
    raise ValueError
except ValueError as e:
    pass
print("e" in dir())
