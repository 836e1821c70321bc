# -X no_debug_ranges and PYTHONNODEBUGRANGES: code objects keep only line
# numbers (co_positions has no columns and the end line is the line) and
# tracebacks show no carets; -E ignores the variable.
import os
import subprocess
import sys

CHILD = r'''
import sys
def f(a):
    return (a +
        1) / 0
print(sys._xoptions.get("no_debug_ranges"))
print(list(f.__code__.co_positions())[1:6])
g = compile("y = [1,\n 2][5]", "<s>", "exec")
print(list(g.co_positions())[1:4])
import marshal
print(list(marshal.loads(marshal.dumps(g)).co_positions())[1:4])
f(1)
'''


def run(*opts, env=None):
    e = dict(os.environ)
    e.pop("PYTHONNODEBUGRANGES", None)
    e.update(env or {})
    r = subprocess.run([sys.executable, *opts, "-c", CHILD], capture_output=True, text=True, env=e)
    print(" ".join(opts) or "-", sorted(env or {}))
    print(r.stdout, end="")
    print("\n".join(r.stderr.splitlines()[-4:]))
    print("status", r.returncode)


run()
run("-X", "no_debug_ranges")
run("-X", "no_debug_ranges=0")
run(env={"PYTHONNODEBUGRANGES": "1"})
run(env={"PYTHONNODEBUGRANGES": ""})
run("-E", env={"PYTHONNODEBUGRANGES": "1"})
