# An uncaught exception whose __str__ fails, with a note that is not a string.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
e = Weird("payload")
e.add_note("a normal note")
e.__notes__.append(42)
raise e
