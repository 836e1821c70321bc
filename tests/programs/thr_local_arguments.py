# needs: stdlib
# _thread._local construction arguments: refused (TypeError) when the class
# keeps object.__init__, kept for __init__ in every thread otherwise.
import threading, _thread
class MyLocal(threading.local):
    def __init__(self, *args, **kwargs):
        self.args = (args, kwargs)
m = MyLocal(1, a=2)
print(m.args)
out = []
t = threading.Thread(target=lambda: out.append(m.args)); t.start(); t.join()
print(out)
class Plain(_thread._local): pass
for c in (_thread._local, Plain):
    for args, kw in (((1,), {}), ((), {"a": 1})):
        try:
            c(*args, **kw)
        except TypeError as e:
            print(c.__name__, "TypeError:", e)
print(type(Plain()).__name__)
