# needs: stdlib
# _thread.interrupt_main() from another thread while the main thread waits
# for it (in Thread.start's event wait, then join): the KeyboardInterrupt
# reaches the main thread once its wait is over, and the locks under
# threading's Condition stay consistent (no "release unlocked lock").
import _thread
import threading

for attempt in range(20):
    t = threading.Thread(target=_thread.interrupt_main)
    try:
        t.start()
        t.join()
    except KeyboardInterrupt:
        caught = True
    else:
        caught = False
    t.join()
    if not caught or t.is_alive():
        print("attempt", attempt, "caught", caught, "alive", t.is_alive())
        break
else:
    print("20 interrupts caught, every thread joined")

# The Condition and Event machinery still works afterwards.
ev = threading.Event()
t = threading.Thread(target=ev.set)
t.start()
print("event set:", ev.wait(5))
t.join()
