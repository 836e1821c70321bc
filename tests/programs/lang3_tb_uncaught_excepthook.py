# A custom sys.excepthook handles the uncaught exception; one that fails falls back to the default.
import sys
def hook(et, ev, tb):
    print("hook got", et.__name__, ev, "frames:", len(__import__("traceback").extract_tb(tb)))
    raise ValueError("hook itself failed")
sys.excepthook = hook
def work():
    raise KeyError("missing")
work()
