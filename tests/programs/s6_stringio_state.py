# needs: stdlib
# io.StringIO's pickled state: __getstate__, __setstate__ and its checks,
# and pickling an object that holds a StringIO.
import io
import pickle

s = io.StringIO("foo\nbar", newline=None)
s.read(2)
s.x = 5
state = s.__getstate__()
print(state, io.StringIO("q").__getstate__())
t = io.StringIO.__new__(io.StringIO)
t.__setstate__(state)
print(repr(t.getvalue()), t.tell(), t.x, repr(t.newlines))
r = io.StringIO("a\r\nb", newline="\r\n")
r2 = pickle.loads(pickle.dumps(r))
print(repr(r2.getvalue()), repr(r.getvalue()), r2.tell())
for bad in [1, ("a",), ("a", "\n", -1, None), ("a", "\n", 0, 5), (1, "\n", 0, None),
            ("a", 5, 0, None), ("a", "\n", "x", None), ("a", "x", 0, None)]:
    try:
        io.StringIO().__setstate__(bad)
        print("ok", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = io.StringIO()
c.close()
for call in (c.__getstate__, lambda: c.__setstate__(("a", "\n", 0, None))):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)


class Holder:
    def __init__(self):
        self.stream = io.StringIO("kept")
        self.stream.seek(2)


for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    h = pickle.loads(pickle.dumps(Holder(), proto))
    print(proto, h.stream.getvalue(), h.stream.tell(), h.stream.read())
