# needs: stdlib
# runtimes: gil ft
# Per-module import locks: a module is run once when two threads import it,
# a thread importing a module another thread is running waits for it, and
# an import cycle across two threads raises _DeadlockError in one of them.
import os
import shutil
import sys
import tempfile
import threading
import time

d = tempfile.mkdtemp(prefix="ftr_imp_")
sys.path.insert(0, d)

def write(name, text):
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(text)

# Shared events live in a module both threads import first.
write("ftr_sync", "import threading\nstarted = threading.Event()\nproceed = threading.Event()\nruns = []\n"
      "a_started = threading.Event()\nb_started = threading.Event()\n")
import ftr_sync

write("ftr_slow", "import ftr_sync\nftr_sync.runs.append(1)\nftr_sync.started.set()\n"
      "ftr_sync.proceed.wait()\nDONE = True\n")

results = {}
def importer(tag):
    import ftr_slow
    results[tag] = (hasattr(ftr_slow, "DONE"), ftr_slow is sys.modules["ftr_slow"])

t1 = threading.Thread(target=importer, args=("first",))
t1.start()
ftr_sync.started.wait()
t2 = threading.Thread(target=importer, args=("second",))
t2.start()
time.sleep(0.2)
print("second done before proceed:", "second" in results)
ftr_sync.proceed.set()
t1.join()
t2.join()
print(results["first"], results["second"], "runs:", len(ftr_sync.runs))

# A module whose first run fails: a thread that found it still running waited
# for it and gets the module object it found (as CPython's C import does).
write("ftr_fails", "import ftr_sync\nftr_sync.runs.append(2)\nif len(ftr_sync.runs) == 2:\n"
      "    ftr_sync.a_started.set()\n    ftr_sync.b_started.wait()\n    raise ValueError('first run fails')\nOK = True\n")
out = {}
def try_import(tag):
    try:
        import ftr_fails
        out[tag] = getattr(ftr_fails, "OK", "module object of the failed run")
    except ValueError as e:
        out[tag] = str(e)
u1 = threading.Thread(target=try_import, args=("u1",))
u1.start()
ftr_sync.a_started.wait()
u2 = threading.Thread(target=try_import, args=("u2",))
u2.start()
time.sleep(0.2)
ftr_sync.b_started.set()
u1.join()
u2.join()
print(out["u1"], out["u2"], "runs:", len(ftr_sync.runs))

# A cycle across threads: A (thread 1) imports B while B (thread 2) imports A.
ftr_sync.a_started.clear()
ftr_sync.b_started.clear()
write("ftr_cyc_a", "import ftr_sync\nftr_sync.a_started.set()\nftr_sync.b_started.wait()\nimport ftr_cyc_b\nA = 1\n")
write("ftr_cyc_b", "import ftr_sync, time\nftr_sync.b_started.set()\ntime.sleep(0.3)\nimport ftr_cyc_a\nB = 1\n")
errs = {}
def cyc(name):
    try:
        __import__(name)
        errs[name] = "ok"
    except Exception as e:
        errs[name] = (type(e).__name__, isinstance(e, RuntimeError),
                      str(e).startswith("deadlock detected by _ModuleLock('ftr_cyc_a')"))
c1 = threading.Thread(target=cyc, args=("ftr_cyc_a",))
c1.start()
ftr_sync.a_started.wait()
c2 = threading.Thread(target=cyc, args=("ftr_cyc_b",))
c2.start()
c1.join()
c2.join()
print(errs["ftr_cyc_a"], errs["ftr_cyc_b"])
print(sorted(n for n in sys.modules if n.startswith("ftr_cyc")))

# The same thread meeting its own module in a cycle gets the partial module.
write("ftr_self_a", "import ftr_self_b\nA = ftr_self_b.seen\n")
write("ftr_self_b", "import ftr_self_a\nseen = hasattr(ftr_self_a, 'A')\n")
import ftr_self_a
print(ftr_self_a.A)

shutil.rmtree(d)
