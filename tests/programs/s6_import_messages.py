# needs: stdlib
# CPython 3.13's messages for missing module attributes and failed
# `from X import name` / `from X import *`: circular imports, submodules
# being imported, modules that shadow the standard library or a
# third-party module, and items that are not str.
import os
import subprocess
import sys
import tempfile
import types

m = types.ModuleType("zz")
for setup in (lambda: None, lambda: delattr(m, "__name__")):
    setup()
    try:
        m.q
    except AttributeError as e:
        print("AttributeError", e)
sys.modules["zz"] = m
try:
    exec("from zz import q", {})
except ImportError as e:
    print("ImportError", e, e.name, e.path, e.name_from)

FILES = {
    "cyc.py": "from cyc import q\nq = 1\n",
    "cyc_attr.py": "import cyc_attr\ncyc_attr.later\nlater = 1\n",
    "fractions.py": "shadowing = True\n",
    "numpy.py": "import numpy\nnumpy.array\n",
    "plain.py": "value = 1\n",
    "pk/__init__.py": "from . import sub\n",
    "pk/sub.py": "import pk\npk.sub\n",
    "pk2/__init__.py": "",
    "pk2/sub.py": "import pk2\npk2.sub\n",
    "star_bytes.py": "__all__ = [b'bad']\n",
    "star_dict.py": "globals()[b'bad'] = 1\n",
    "star_missing.py": "__all__ = ['nothere']\n",
    "star_ok.py": "__all__ = ('a',)\na = 1\n_b = 2\nc = 3\n",
    "star_public.py": "a = 1\n_b = 2\n",
}
SNIPPETS = [
    "import cyc",
    "import cyc_attr",
    "import fractions; fractions.Fraction",
    "from fractions import Fraction",
    "import numpy",
    "import plain; plain.missing",
    "from plain import missing",
    "import pk",
    "from star_bytes import *",
    "from star_dict import *",
    "from star_missing import *",
    "from star_ok import *; print(sorted(k for k in dir() if not k.startswith('__')))",
    "from star_public import *; print(sorted(k for k in dir() if not k.startswith('__')))",
]

with tempfile.TemporaryDirectory(prefix="s6imp") as d:
    for name, text in FILES.items():
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    for snippet in SNIPPETS:
        r = subprocess.run([sys.executable, "-c", snippet], cwd=d, capture_output=True, text=True)
        last = (r.stdout + r.stderr).strip().splitlines()[-1]
        print(snippet, "->", last.replace(os.path.realpath(d), "<dir>").replace(d, "<dir>"))
    # With -P the current directory is not searched first: no shadowing hints.
    for snippet in ("import numpy", "import pk", "import pk2.sub"):
        r = subprocess.run([sys.executable, "-P", "-c", "import sys; sys.path.insert(0, ''); " + snippet],
                           cwd=d, capture_output=True, text=True)
        last = r.stderr.strip().splitlines()[-1]
        print("-P", snippet, "->", last.replace(os.path.realpath(d), "<dir>").replace(d, "<dir>"))
