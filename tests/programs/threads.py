# runtimes: gil ft
# _thread: two threads, locks to wait for them, shared list.
import _thread

def work(n):
    x = 0
    for i in range(n):
        x = x + i * 2
    return x

results = []
done = [_thread.allocate_lock(), _thread.allocate_lock()]
guard = _thread.allocate_lock()

def run(k):
    r = work(200000 + k)
    with guard:
        results.append((k, r))
    done[k].release()

for k in range(2):
    done[k].acquire()
    _thread.start_new_thread(run, (k,))
for k in range(2):
    done[k].acquire()
print(sorted(results))
lk = _thread.allocate_lock()
print(lk.acquire(False), lk.acquire(False), lk.locked())
lk.release()
print(lk.locked(), _thread.get_ident() > 0)
