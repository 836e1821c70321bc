import time
import _thread

# Types and plausibility of every clock.
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = g()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
print(time.time() > 1.7e9, time.time_ns() > 1.7e18)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)

# Monotonic clocks never go backward.
for f in [time.monotonic, time.perf_counter, time.monotonic_ns, time.perf_counter_ns]:
    prev = f()
    ok = True
    for _ in range(1000):
        cur = f()
        ok = ok and cur >= prev
        prev = cur
    print(f.__name__, "monotonic", ok)

# sleep waits at least as long as asked.
for secs in [0, 0.0, 0.01, 0.05, 1 // 10, True and 0.02]:
    t0 = time.monotonic()
    r = time.sleep(secs)
    dt = time.monotonic() - t0
    print("sleep", secs, r, dt >= secs)
t0 = time.perf_counter_ns()
time.sleep(0.03)
print("ns elapsed >= 30ms:", time.perf_counter_ns() - t0 >= 30_000_000)

# process_time does not count sleeping.
p0 = time.process_time()
time.sleep(0.1)
print("process_time while sleeping < 0.09:", time.process_time() - p0 < 0.09)

# Burning CPU advances process_time and thread_time.
p0 = time.process_time_ns()
t0 = time.thread_time_ns()
n = 0
while time.process_time_ns() - p0 < 20_000_000:
    n += 1
print("cpu clocks advance:", time.process_time_ns() > p0, time.thread_time_ns() > t0)

# sleep lets other threads run.
state = {"done": False}
def worker():
    state["done"] = True
_thread.start_new_thread(worker, ())
# One sleep, no bytecode run meanwhile: only a detached sleep lets the worker in.
time.sleep(0.5)
print("other thread ran during sleep:", state["done"])

# Errors.
class Idx:
    def __index__(self):
        return 0
time.sleep(Idx())
print("sleep(__index__) ok")
cases = [
    lambda: time.sleep(),
    lambda: time.sleep(1, 2),
    lambda: time.sleep("1"),
    lambda: time.sleep(None),
    lambda: time.sleep(-1),
    lambda: time.sleep(-0.5),
    lambda: time.sleep(float("nan")),
    lambda: time.sleep(1e300),
    lambda: time.sleep(10**30),
    lambda: time.sleep(10**12),
    lambda: time.sleep(secs=1),
    lambda: time.time(1),
    lambda: time.time_ns(1),
    lambda: time.monotonic(x=1),
    lambda: time.perf_counter(None),
    lambda: time.process_time_ns(1, 2),
    lambda: time.get_clock_info("x"),
    lambda: time.get_clock_info(1),
    lambda: time.get_clock_info(),
    lambda: time.get_clock_info("a", "b"),
    lambda: time.get_clock_info(name="time"),
    lambda: time.get_clock_info("a\0"),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
