# needs: stdlib
# runtimes: gil ft
# Interpreter exit waits for non-daemon threads (threading._shutdown), not for daemon ones.
import threading

go = threading.Event()
a_done = threading.Event()
def first():
    go.wait()
    print("non-daemon thread finished: a")
    a_done.set()
def second():
    a_done.wait()
    print("non-daemon thread finished: b")

def forever():
    threading.Event().wait()

d = threading.Thread(target=forever, daemon=True)
d.start()
threading.Thread(target=first).start()
threading.Thread(target=second).start()
print("main done, threads alive:", threading.active_count())
# The threads are released only once the main program has finished.
threading.Timer(0.05, go.set).start()
