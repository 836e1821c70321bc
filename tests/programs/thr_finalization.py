# needs: stdlib
# At interpreter exit the finalizers of __main__'s global values run in
# dict order while every global (and thread-local value) is still in place,
# as CPython's collector finalizes __main__'s garbage; starting a thread or
# forking from such a finalizer is a PythonFinalizationError.
import _thread
import os
import threading


class Witness:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        g = globals()
        print("del", self.name, [type(g.get(n)).__name__ for n in ("first", "second", "local_data")],
              local_data.value)


class AtFinalization:
    def __del__(self):
        try:
            _thread.start_new_thread(print, ("not printed",))
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            os.fork()
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            threading.Thread(target=print).start()
        except RuntimeError as e:
            print(type(e).__name__, e)


first = Witness("first")
local_data = threading.local()
local_data.value = "thread-local value"
second = Witness("second")
at_finalization = AtFinalization()
print("end of program")
