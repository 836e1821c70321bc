# needs: stdlib
# runtimes: gil ft
# threading.excepthook: the default report of an uncaught exception in a thread
# (written to sys.stderr), a custom hook, SystemExit ignored, _thread's own hook.
import sys
import threading
import _thread

def target():
    raise ValueError("boom in thread")

t = threading.Thread(target=target)
t.start()
t.join()
print("joined", t.is_alive())

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, type(args.exc_traceback).__name__))
threading.excepthook = hook
t = threading.Thread(target=target, name="custom")
t.start(); t.join()
t = threading.Thread(target=sys.exit, args=(3,), name="exits")
t.start(); t.join()
print(captured)
threading.excepthook = threading.__excepthook__

t = threading.Thread(target=sys.exit, args=(3,))
t.start(); t.join()
print("SystemExit is silent")

# _thread._excepthook with a thread of None names the ident; a file other than stderr
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
col = Collect()
old = sys.stderr
sys.stderr = col
try:
    raise KeyError("k")
except KeyError as e:
    args = threading.ExceptHookArgs([type(e), e, e.__traceback__, None])
    _thread._excepthook(args)
sys.stderr = old
text = "".join(col.parts)
import re
print(re.sub(r"Exception in thread \d+:", "Exception in thread IDENT:", text))
print(threading.ExceptHookArgs is _thread._ExceptHookArgs, args.thread, args.exc_type)
print(_thread._ExceptHookArgs((1, 2, 3, 4)))
try:
    _thread._excepthook((1, 2, 3, 4))
except TypeError as e:
    print("TypeError:", e)
