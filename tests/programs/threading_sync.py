# needs: stdlib
# runtimes: gil ft
# threading: Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer.
import threading

# Lock: mutual exclusion of a read-modify-write done by many threads
counter = [0]
lock = threading.Lock()
def bump(n):
    for _ in range(n):
        with lock:
            v = counter[0]
            counter[0] = v + 1
ts = [threading.Thread(target=bump, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter", counter[0])
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), type(lock).__name__, threading.Lock is type(lock))
for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(True, -2),
            lambda: lock.acquire(timeout="x"), lambda: lock.acquire(timeout=1e12)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# RLock: recursion, ownership, release by a non-owner
r = threading.RLock()
with r:
    with r:
        print("rlock depth", r._recursion_count(), r._is_owned())
print(r._recursion_count(), r._is_owned(), repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r.acquire()
other = []
t = threading.Thread(target=lambda: other.append((r.acquire(blocking=False), r._is_owned())))
t.start(); t.join()
def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))
t = threading.Thread(target=foreign_release); t.start(); t.join()
print(other)
r.release()

# Condition: producer/consumer handshake
items = []
cond = threading.Condition()
consumed = []
def consumer():
    for _ in range(5):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed", consumed)
with cond:
    print("wait timeout", cond.wait(0.01), cond.wait_for(lambda: True))
waiters_ready = threading.Semaphore(0)
woken = []
def waiter(k):
    with cond:
        waiters_ready.release()
        cond.wait()
        woken.append(k)
ws = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for w in ws: w.start()
for _ in ws: waiters_ready.acquire()
with cond:
    cond.notify_all()
for w in ws: w.join()
print("woken", sorted(woken))

# Semaphore limits concurrency; BoundedSemaphore refuses extra releases
sem = threading.Semaphore(2)
active = [0]; peak = [0]
guard = threading.Lock()
gate = threading.Event()
def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        gate.wait(0.05)
        with guard:
            active[0] -= 1
ls = [threading.Thread(target=limited) for _ in range(6)]
for t in ls: t.start()
for t in ls: t.join()
print("peak <= 2:", peak[0] <= 2, "active", active[0])
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
got = []
def setter():
    got.append("set")
    ev.set()
t = threading.Thread(target=setter); t.start()
print(ev.wait(), got)
t.join()
ev.clear(); print(ev.is_set())

# Barrier: every party passes together, indexes are 0..n-1
bar = threading.Barrier(3)
idx = []
def party():
    idx.append(bar.wait())
ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print("barrier", sorted(idx), bar.n_waiting, bar.broken, bar.parties)
bar2 = threading.Barrier(2, timeout=0.01)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print("broken", bar2.broken)
actions = []
bar3 = threading.Barrier(2, action=lambda: actions.append("action"))
ps = [threading.Thread(target=bar3.wait) for _ in range(2)]
for p in ps: p.start()
for p in ps: p.join()
print(actions)

# Timer: runs once; a cancelled one never runs
fired = []
tm = threading.Timer(0.01, fired.append, args=("fired",))
tm.start(); tm.join()
tc = threading.Timer(60, fired.append, args=("never",))
tc.start(); tc.cancel(); tc.join()
print(fired, tm.is_alive(), tc.is_alive())
