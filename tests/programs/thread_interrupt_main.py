# _thread.interrupt_main(signum) in the main thread: the signal's Python
# handler runs right away (KeyboardInterrupt for SIGINT's default handler,
# the handler's own exception otherwise); ignored or default signals do
# nothing; bad numbers are ValueError.
import _thread
import signal

try:
    _thread.interrupt_main()
    print("not raised")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

def handler(signum, frame):
    print("handler got", signal.Signals(signum).name)
    1 / 0

old = signal.signal(signal.SIGTERM, handler)
try:
    _thread.interrupt_main(signal.SIGTERM)
    print("not raised")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGTERM)
print("ignored: nothing")
signal.signal(signal.SIGTERM, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGTERM)
print("default: nothing")
signal.signal(signal.SIGTERM, old)

caught = []
signal.signal(signal.SIGINT, lambda s, f: caught.append(s))
_thread.interrupt_main()
print("custom SIGINT handler:", caught == [signal.SIGINT])
signal.signal(signal.SIGINT, signal.default_int_handler)

for bad in (-1, 0, signal.NSIG, 10**6):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print(bad, "ValueError", e)
