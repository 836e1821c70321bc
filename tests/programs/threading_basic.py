# needs: stdlib
# runtimes: gil ft
# threading: Thread lifecycle, names, idents, daemon, enumerate, current/main thread.
import threading
import _thread

results = {}
lock = threading.Lock()

def work(n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    with lock:
        results[threading.current_thread().name] = total

threads = [threading.Thread(target=work, args=(1000 + k,), kwargs={"scale": 2}) for k in range(4)]
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident, threads[0].native_id)
print(repr(threads[0]).startswith("<Thread(Thread-1 (work), initial"))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])
print(all(isinstance(t.ident, int) and t.ident > 0 for t in threads))
print(len({t.ident for t in threads}) == 4, len({t.native_id for t in threads}) == 4)
print(repr(threads[0]).startswith("<Thread(Thread-1 (work), stopped "))
try:
    threads[0].start()
except RuntimeError as e:
    print("RuntimeError:", e)

# names given, subclasses overriding run
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = (self.name, self.n ** 2, threading.current_thread() is self)

ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])

# main thread and enumerate
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(main.ident == threading.get_ident() == _thread.get_ident() == _thread._get_main_thread_ident())
print(threading.get_native_id() == main.native_id)
print(threading.active_count(), [t.name for t in threading.enumerate()])

# what a running thread sees
seen = []
started = threading.Event()
release = threading.Event()
def inside():
    me = threading.current_thread()
    seen.append((me.name, me.daemon, me.is_alive(), me is not main))
    seen.append(sorted(t.name for t in threading.enumerate()))
    started.set()
    release.wait()

t = threading.Thread(target=inside, name="inner", daemon=True)
print(t.daemon)
t.start()
started.wait()
print(t.is_alive(), threading.active_count())
release.set()
t.join()
print(seen)
print(t.is_alive(), threading.active_count())

# join with a timeout on a finished thread, and errors
t.join(timeout=0.5)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=print)
d.daemon = True
print(d.daemon)
t2 = threading.Thread(target=print, args=("printed by a thread",))
t2.start(); t2.join()
try:
    t2.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
