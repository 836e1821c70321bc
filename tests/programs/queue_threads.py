# needs: stdlib
# runtimes: gil ft
# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue between threads; task_done/join; Empty/Full; timeouts.
import queue
import threading

q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()
workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers: w.start()
for i in range(30):
    q.put(i)
q.join()
for _ in workers:
    q.put(None)
for w in workers: w.join()
print(sorted(results) == [i * i for i in range(30)], q.qsize(), q.empty())

# bounded queue: producers block until the consumer makes room
bq = queue.Queue(maxsize=2)
got = []
def producer(base):
    for i in range(5):
        bq.put(base + i)
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
for p in ps: p.start()
for _ in range(10):
    got.append(bq.get())
for p in ps: p.join()
print(sorted(got), bq.full(), bq.maxsize)
bq.put(1); bq.put(2)
print(bq.full())
try:
    bq.put(3, block=False)
except queue.Full:
    print("Full")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
bq.get(); bq.get()
try:
    bq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    bq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(4): lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]: pq.put(item)
print([pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
def sq_producer():
    for i in range(5):
        sq.put(i)
t = threading.Thread(target=sq_producer); t.start()
print([sq.get(timeout=5) for _ in range(5)], sq.empty(), sq.qsize())
t.join()
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")

q2 = queue.Queue()
q2.shutdown() if hasattr(q2, "shutdown") else None
try:
    q2.put(1)
except queue.ShutDown:
    print("ShutDown")
