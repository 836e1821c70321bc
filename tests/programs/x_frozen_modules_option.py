# -X frozen_modules and PYTHON_FROZEN_MODULES: which loader `os` gets (the
# first -X option wins, then the variable), and the fatal error for a bad
# value of either (the variable is checked even when -X is given; -E
# ignores it). pyk's default (no option) is off, CPython's release builds' on.
import os
import subprocess
import sys

CODE = "import os, _imp; print(type(os.__spec__.loader).__name__, _imp.is_frozen('__hello__'), _imp.is_frozen('zipimport'))"


def run(*opts, env=None):
    e = dict(os.environ)
    e.pop("PYTHON_FROZEN_MODULES", None)
    e.update(env or {})
    r = subprocess.run([sys.executable, *opts, "-c", CODE], capture_output=True, text=True, env=e)
    print(" ".join(opts), env or "", "->", r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[:1])


run("-X", "frozen_modules=on")
run("-X", "frozen_modules")
run("-X", "frozen_modules=")
run("-X", "frozen_modules=off")
run("-X", "frozen_modules=off", "-X", "frozen_modules=on")
run("-X", "frozen_modules=on", "-X", "frozen_modules=off")
run("-X", "frozen_modules=bad")
run("-X", "frozen_modules=bad", "-X", "frozen_modules=on")
run(env={"PYTHON_FROZEN_MODULES": "on"})
run(env={"PYTHON_FROZEN_MODULES": "off"})
run("-X", "frozen_modules=off", env={"PYTHON_FROZEN_MODULES": "on"})
run("-X", "frozen_modules=on", env={"PYTHON_FROZEN_MODULES": "off"})
run(env={"PYTHON_FROZEN_MODULES": "bad"})
run("-X", "frozen_modules=on", env={"PYTHON_FROZEN_MODULES": "bad"})
run("-E", "-X", "frozen_modules=off", env={"PYTHON_FROZEN_MODULES": "bad"})
