# needs: stdlib
# socket and selectors over the native _socket and select: socketpair, a localhost
# TCP echo, UDP, timeouts, address helpers and their errors.
import sys, types
if "io" not in sys.modules:  # until _io is a module: socket.py needs io.RawIOBase at import
    sys.modules["io"] = types.SimpleNamespace(RawIOBase=object, DEFAULT_BUFFER_SIZE=8192)
import socket, selectors
a, b = socket.socketpair()
print(a.family, b.type, a.proto, type(a).__name__)
a.sendall(b"hello")
print(b.recv(10))
buf = bytearray(8)
b.send(b"xyz")
print(a.recv_into(buf), buf)
a.close(); print(b.recv(10), a.fileno(), repr(a)[:40])
b.close()
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0)); srv.listen()
host, port = srv.getsockname(); print(host, port > 0)
c = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
print(addr[0], conn.getpeername() == c.getsockname(), conn.gettimeout(), c.gettimeout())
c.sendall(b"ping" * 1000)
got = b""
while len(got) < 4000: got += conn.recv(65536)
conn.sendall(got.upper()); conn.shutdown(socket.SHUT_WR)
back = b""
while True:
    d = c.recv(1000)
    if not d: break
    back += d
print(len(back), back[:8])
sel = selectors.DefaultSelector(); print(type(sel).__name__)
sel.register(c, selectors.EVENT_WRITE, "data")
ev = sel.select(1); print([(k.data, m) for k, m in ev])
sel.close()
print(c.recv(10))
p, q = socket.socketpair()
p.settimeout(0.05)
try: p.recv(10)
except TimeoutError as e: print("timeout", e, socket.timeout is TimeoutError, p.gettimeout())
p.setblocking(False)
try: p.recv(10)
except BlockingIOError as e: print("BlockingIOError", e.errno)
q.send(b"late"); print(p.recv(10)); p.close(); q.close()
conn.close()
for s in (c, srv): s.close()
print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\0"*15 + b"\1"))
print(socket.htons(1), socket.ntohl(0x01020304), socket.htonl(1))
for f in [lambda: socket.inet_aton("x"), lambda: socket.inet_ntoa(b"12"), lambda: socket.inet_pton(socket.AF_INET, "1.2.3"), lambda: socket.inet_ntop(socket.AF_INET, b"1"), lambda: socket.htons(-1), lambda: socket.htons(70000), lambda: socket.htonl(2**32),
          lambda: socket.socket().connect(("127.0.0.1", 70000)), lambda: socket.socket().bind("x"), lambda: socket.socket().bind(("a",)), lambda: socket.getaddrinfo("nonexistent.invalid", 80), lambda: socket.socket().recv(-1),
          lambda: socket.socket().settimeout(-1), lambda: socket.socket().settimeout("x"), lambda: socket.socket(socket.AF_UNIX).connect("/nonexistent/sock"), lambda: socket.socket(fileno=-5), lambda: socket.getaddrinfo(1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
ai = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print(ai)
print(socket.getaddrinfo(None, "80", socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.gethostbyname("127.0.0.1"), isinstance(socket.gethostname(), str), socket.getdefaulttimeout())
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"dgram", u.getsockname())
data, frm = u.recvfrom(100); print(data, frm == u2.getsockname())
u.close(); u2.close()
print(socket.AF_INET, repr(socket.SOCK_STREAM), socket.has_ipv6, issubclass(socket.gaierror, OSError))
s = socket.socket(); print(s.getblocking(), s.timeout); s.setblocking(False); print(s.getblocking(), s.timeout); s.close()
with socket.socket() as s: pass
print(s._closed, s.fileno())
try: s.getsockname()
except OSError as e: print(type(e).__name__, e.errno)
srv = socket.create_server(("127.0.0.1", 0))
print(srv.family, srv.type, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
d = srv.dup(); print(d.getsockname() == srv.getsockname()); d.close()
f = socket.fromfd(srv.fileno(), socket.AF_INET, socket.SOCK_STREAM); print(f.family, f.proto); f.close(); srv.close()
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV), socket.gethostbyname_ex("127.0.0.1"), socket.gethostbyaddr("127.0.0.1")[2])
names = dict((n, i) for i, n in socket.if_nameindex()); print("lo" in names, socket.if_nametoindex("lo") == names["lo"], socket.if_indextoname(names["lo"]))
for f in [lambda: socket.if_nametoindex("nonexistent0"), lambda: socket.getnameinfo("x", 0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s6 = socket.socket(socket.AF_INET6); s6.bind(("::1", 0)); print(s6.getsockname()[0], len(s6.getsockname())); s6.close()
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); u.bind("\0pyk-test-abstract"); print(u.getsockname()); u.close()
a, b = socket.socketpair(); b.send(b"x")
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    sel = cls(); sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, cls.__name__)
    print([(k.data, ev) for k, ev in sel.select(0)], sel.get_key(a).events); sel.unregister(a); sel.close()
a.close(); b.close()
