# Speed proof 2 (issue 2): the loop in a function, run in two threads at once.
import _thread

def work(n):
    x = 0
    for i in range(n):
        x = x + i * 2
    return x

results = []
done = [_thread.allocate_lock(), _thread.allocate_lock()]

def run(k):
    results.append(work(10_000_000))
    done[k].release()

for k in range(2):
    done[k].acquire()
    _thread.start_new_thread(run, (k,))
for k in range(2):
    done[k].acquire()
print(results)
