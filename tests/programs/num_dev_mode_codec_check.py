# Development mode (-X dev, PYTHONDEVMODE) checks codec arguments even when
# they are not needed; without it, an unused bad error handler is ignored.
import os
import subprocess
import sys

child = r'''
import sys
print("dev_mode", sys.flags.dev_mode, sys.warnoptions)
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except LookupError as e:
        print(label, type(e).__name__, e)
attempt("str.encode errors", lambda: "abc".encode("ascii", "no-such-handler"))
attempt("str.encode encoding", lambda: "".encode("no-such-codec"))
attempt("bytes()", lambda: bytes("", "latin-1", "no-such-handler"))
attempt("bytearray()", lambda: bytearray("x", "utf-8", "no-such-handler"))
attempt("bytes.decode errors", lambda: b"abc".decode("utf-8", "no-such-handler"))
attempt("bytearray.decode errors", lambda: bytearray(b"abc").decode(errors="no-such-handler"))
attempt("str(b, ...)", lambda: str(b"abc", "ascii", "no-such-handler"))
attempt("known handler", lambda: "abc".encode("ascii", "backslashreplace"))
'''
for extra, env in [([], {}), (["-X", "dev"], {}), ([], {"PYTHONDEVMODE": "1"})]:
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDEVMODE"}
    out = subprocess.run([sys.executable, *extra, "-c", child], capture_output=True, text=True, env={**base, **env})
    print(extra, env, "status", out.returncode)
    print(out.stdout, end="")
