# sys.path_hooks are asked for directory entries of sys.path too, and the
# finders they make are cached in sys.path_importer_cache (FileFinder for
# plain directories, None for an entry no hook takes).
import importlib.machinery
import os
import sys
import tempfile

root = tempfile.mkdtemp()
plain = os.path.join(root, "plain")
hooked = os.path.join(root, "hooked")
missing = os.path.join(root, "missing")
for d in (plain, hooked):
    os.mkdir(d)
with open(os.path.join(plain, "pathhook_plain_mod.py"), "w") as f:
    f.write("WHERE = 'plain'\n")
with open(os.path.join(hooked, "pathhook_hooked_mod.py"), "w") as f:
    f.write("WHERE = 'file'\n")
os.mkdir(os.path.join(plain, "pathhook_ns"))
os.mkdir(os.path.join(hooked, "pathhook_ns"))
with open(os.path.join(plain, "pathhook_ns", "part.py"), "w") as f:
    f.write("X = 1\n")

asked = []


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.WHERE = "hook"


class DirFinder:
    """Serves modules of `hooked` itself and hands the rest to a FileFinder."""

    def __init__(self, path):
        if path != hooked:
            raise ImportError("not mine")
        self.path = path
        self.files = importlib.machinery.FileFinder(path, (importlib.machinery.SourceFileLoader, [".py"]))

    def find_spec(self, name, target=None):
        asked.append(name)
        if name == "pathhook_served":
            return importlib.machinery.ModuleSpec(name, Loader())
        return self.files.find_spec(name, target)

    def invalidate_caches(self):
        pass


sys.path_hooks.insert(0, DirFinder)
sys.path[:0] = [hooked, missing, plain]

import pathhook_served
import pathhook_hooked_mod
import pathhook_plain_mod

print(pathhook_served.WHERE, pathhook_hooked_mod.WHERE, pathhook_plain_mod.WHERE)
print(asked)
cache = sys.path_importer_cache
print(type(cache[hooked]).__name__, type(cache[plain]).__name__, cache[missing])
print(cache[plain].path == plain)

# A finder replaced in the cache is used from then on.
class Refuser:
    def find_spec(self, name, target=None):
        asked.append("refused " + name)
        return None


cache[plain] = Refuser()
with open(os.path.join(plain, "pathhook_late.py"), "w") as f:
    f.write("")
try:
    import pathhook_late
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(asked[-1])
del cache[plain]
importlib.invalidate_caches()
import pathhook_late
print(type(cache[plain]).__name__)

# A namespace package gathers the portions the finders report.
import pathhook_ns.part
print(type(pathhook_ns.__path__).__name__, [os.path.relpath(p, root) for p in pathhook_ns.__path__])
print(pathhook_ns.part.X, pathhook_ns.__spec__.origin, pathhook_ns.__spec__.loader is not None)

# No hook at all: an ImportWarning, and nothing is found on new entries.
import warnings
saved = sys.path_hooks[:]
sys.path_hooks.clear()
other = os.path.join(root, "other")
os.mkdir(other)
sys.path.insert(0, other)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        import pathhook_nowhere
    except ImportError as e:
        print(type(e).__name__, e)
print([(x.category.__name__, str(x.message)) for x in w][:1])
print(cache[other])
sys.path_hooks[:] = saved
import shutil
shutil.rmtree(root)
