# Frozen modules: the importlib bootstrap and zipimport are always frozen;
# the test modules (__hello__, __phello__...) only while frozen modules are
# in use (switched here as test.support.import_helper.frozen_modules does).
import _imp
import importlib.machinery
import io
import os
import sys
from contextlib import redirect_stdout

FI = importlib.machinery.FrozenImporter


def rel(p):
    return None if p is None else os.path.relpath(p, sys._stdlib_dir)


def show_spec(m):
    s = m.__spec__
    st = s.loader_state
    print(" ", s.name, s.loader is FI, s.origin, s.has_location, st.origname, rel(st.filename),
          None if s.submodule_search_locations is None else [rel(p) for p in s.submodule_search_locations])


import zipimport
import _frozen_importlib
show_spec(zipimport)
show_spec(_frozen_importlib)
print(rel(zipimport.__file__), hasattr(zipimport, "__cached__"), zipimport.zipimporter.__init__.__code__.co_filename)
print(_imp.is_frozen("zipimport"), _imp.is_frozen("_frozen_importlib_external"), _imp.find_frozen("_frozen_importlib"))

_imp._override_frozen_modules_for_tests(-1)
print("off:", _imp.is_frozen("__hello__"), _imp.find_frozen("__hello__"), FI.find_spec("__hello__"))
print([n for n in _imp._frozen_module_names()])

_imp._override_frozen_modules_for_tests(1)
print("on:", _imp.is_frozen("__hello__"), _imp.find_frozen("__phello__"), _imp.is_frozen_package("__phello__"))
names = _imp._frozen_module_names()
print(names.index("__hello__") > names.index("zipimport"), "__phello__.ham.eggs" in names, "os.path" in names)
for name in ("__hello__", "__hello_alias__", "__phello__.spam", "__phello__.__init__", "__phello__.ham.eggs", "__hello_only__", "os.path"):
    print(name, _imp.find_frozen(name))

for name in ("__hello__", "__phello__", "__phello__.spam", "__phello_alias__", "__phello__.ham.eggs"):
    sys.modules.pop(name, None)
    out = io.StringIO()
    with redirect_stdout(out):
        m = __import__(name, fromlist=["x"])
        if hasattr(m, "main"):
            m.main()
    show_spec(m)
    print("  ", repr(out.getvalue()), rel(getattr(m, "__file__", None)), hasattr(m, "__cached__"), repr(m))
    if hasattr(m, "main"):
        print("  ", m.main.__code__.co_filename)

code = FI.get_code("__hello__")
print(type(code).__name__, code.co_filename, FI.get_source("__hello__"), FI.is_package("__phello__"))
data = _imp.find_frozen("__hello__", withdata=True)[0]
print(type(data).__name__, _imp.get_frozen_object("__hello__", data).co_filename)
for f in (_imp.is_frozen_package, _imp.get_frozen_object):
    try:
        f("not_frozen_here")
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    FI.get_code("importlib")
except ImportError as e:
    print(type(e).__name__, e, e.name)
with redirect_stdout(io.StringIO()) as out:
    m = _imp.init_frozen("__hello_only__")
print(repr(out.getvalue()), m.initialized, m.__origname__, sys.modules["__hello_only__"] is m)
print(_imp.init_frozen("not_frozen_here"))
_imp._override_frozen_modules_for_tests(0)
