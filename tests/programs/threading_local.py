# needs: stdlib
# runtimes: gil ft
# threading.local / _thread._local: per-thread attributes, subclass __init__ rerun per thread.
import threading
import _thread

data = threading.local()
print(threading.local is _thread._local, type(data).__name__)
data.x = "main"
seen = []
def worker(k):
    seen.append((k, hasattr(data, "x"), getattr(data, "x", None)))
    data.x = k
    seen.append((k, data.x, sorted(data.__dict__)))
ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen)
print(data.x, data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)

class Config(threading.local):
    initialized = 0
    def __init__(self, color, size=1):
        Config.initialized += 1
        self.color = color
        self.size = size
    def describe(self):
        return f"{self.color}/{self.size}"

cfg = Config("red", size=3)
print(cfg.describe(), Config.initialized)
out = []
def use_cfg():
    out.append(cfg.describe())
    cfg.color = "blue"
    out.append((cfg.describe(), Config.initialized))
t = threading.Thread(target=use_cfg); t.start(); t.join()
print(out, cfg.describe(), Config.initialized)

# per-thread values are dropped when their thread ends
class Tracked:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("dropped", self.tag)
loc = threading.local()
def keep():
    loc.obj = Tracked("thread value")
t = threading.Thread(target=keep); t.start(); t.join()
print("after join")
loc.obj = Tracked("main value")
del loc
print("end")
