# select: select(), poll and epoll objects over a socketpair, with their errors.
import select, os, _socket
ra, wa = _socket.socketpair(); r, w = ra.fileno(), wa.fileno()
names = {r: "r", w: "w"}
def show(v):
    if isinstance(v, list): return [show(x) for x in v]
    if isinstance(v, tuple) and len(v) == 2 and type(v[1]) is int: return (show(v[0]), v[1])
    if isinstance(v, tuple): return tuple(show(x) for x in v)
    if type(v) is int and v in names: return names[v]
    return v
def t(f):
    try: print(show(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: select.select([r], [w], [], 0))
t(lambda: select.select(1, [], []))
t(lambda: select.select([], [], [], -1))
t(lambda: select.select([], [], [], "a"))
t(lambda: select.select(["x"], [], [], 0))
t(lambda: select.select([-1], [], [], 0))
class F:
    def fileno(self): return r
wa.send(b"x")
t(lambda: select.select([F()], [], [], 0.5)[0][0].__class__.__name__)
p = select.poll()
t(lambda: p.register(r))
t(lambda: p.register(w, select.POLLOUT))
t(lambda: sorted(p.poll()))
t(lambda: sorted(p.poll(0)))
t(lambda: p.modify(99, select.POLLIN))
t(lambda: p.unregister(99))
t(lambda: p.unregister(w))
t(lambda: p.poll("x"))
t(lambda: p.register("x"))
t(lambda: p.register(-5))
t(lambda: p.poll(1.5))
e = select.epoll()
t(lambda: e.register(r, select.EPOLLIN))
t(lambda: e.register(r, select.EPOLLIN))
t(lambda: e.modify(w, select.EPOLLIN))
t(lambda: e.unregister(w))
t(lambda: e.poll(0))
t(lambda: e.poll(-1.0, 1))
t(lambda: e.poll(1, 0))
t(lambda: e.closed)
e.close()
t(lambda: e.closed)
t(lambda: e.poll())
t(lambda: e.fileno())
t(lambda: select.epoll(flags=5))
with select.epoll() as e2: print(e2.closed)
print(e2.closed)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.EPOLLIN, select.EPOLLET, select.EPOLLONESHOT, select.EPOLLEXCLUSIVE, select.EPOLL_CLOEXEC, select.error is OSError, select.PIPE_BUF)
print(type(select.poll()).__name__, type(e).__name__, repr(select.epoll)[:30])
