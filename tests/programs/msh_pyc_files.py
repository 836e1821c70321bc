# needs: stdlib
# .pyc files: py_compile and compileall write them, the import system and
# importlib's loaders read them (timestamp and hash-based), source_hash is
# CPython's keyed SipHash.
import _imp
import compileall
import importlib
import importlib.util
import os
import py_compile
import shutil
import sys
import tempfile

sys.dont_write_bytecode = False
print(type(__loader__).__name__, __spec__)

# source_hash: the same bytes as CPython's for any key.
for src in (b'', b'print(1)\n', b'x' * 100, bytes(range(256))):
    print(importlib.util.source_hash(src).hex())
for key in (0, 1, -1, 2**62):
    print(_imp.source_hash(key, b'abcdefgh').hex(), _imp.source_hash(key=key, source=memoryview(b'abc')).hex())
for args in ((1, 'text'), ('k', b''), (2**64, b'')):
    try:
        _imp.source_hash(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

tmp = tempfile.mkdtemp(prefix='msh-pyc-')
sys.path.insert(0, tmp)
try:
    def write(name, text):
        path = os.path.join(tmp, name + '.py')
        with open(path, 'w') as f:
            f.write(text)
        return path

    # A timestamp pyc from py_compile: CPython's header, then the code.
    path = write('msh_ts', 'VALUE = "from source"\n')
    cfile = py_compile.compile(path, doraise=True)
    print(cfile == importlib.util.cache_from_source(path))
    with open(cfile, 'rb') as f:
        data = f.read()
    st = os.stat(path)
    print(data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], 'little'))
    print(int.from_bytes(data[8:12], 'little') == int(st.st_mtime), int.from_bytes(data[12:16], 'little') == st.st_size)

    # The import system uses a matching pyc instead of the source: put other
    # code under the same header, and that is what runs.
    other = compile('VALUE = "from pyc"\n', path, 'exec')
    import importlib._bootstrap_external as ext
    with open(cfile, 'wb') as f:
        f.write(ext._code_to_timestamp_pyc(other, int(st.st_mtime), st.st_size))
    import msh_ts
    print(msh_ts.VALUE, msh_ts.__cached__ == cfile)

    # Hash-based pycs: a checked one is compared with the source, an
    # unchecked one is trusted.
    for mode in (py_compile.PycInvalidationMode.CHECKED_HASH, py_compile.PycInvalidationMode.UNCHECKED_HASH):
        name = 'msh_' + mode.name.lower()
        p = write(name, 'VALUE = 1\n')
        c = py_compile.compile(p, invalidation_mode=mode, doraise=True)
        with open(c, 'rb') as f:
            head = f.read(16)
        with open(p, 'rb') as f:
            print(mode.name, int.from_bytes(head[4:8], 'little'), head[8:16] == importlib.util.source_hash(f.read()))
        write(name, 'VALUE = 2\n')
        mod = importlib.import_module(name)
        print(name, mod.VALUE)

    # Loaders used directly.
    p = write('msh_direct', 'def f():\n    return "direct"\n')
    py_compile.compile(p, doraise=True)
    loader = importlib.machinery.SourceFileLoader('msh_direct', p)
    code = loader.get_code('msh_direct')
    print(code.co_filename == p)
    ns = {}
    exec(code, ns)
    print(ns['f']())

    # A sourceless module: a .pyc where the source would be.
    p = write('msh_nosrc', 'def f():\n    return "sourceless"\n')
    py_compile.compile(p, cfile=os.path.join(tmp, 'msh_nosrc.pyc'), doraise=True)
    os.remove(p)
    import msh_nosrc
    print(msh_nosrc.f(), type(msh_nosrc.__loader__).__name__, msh_nosrc.__file__.endswith('.pyc'))
    sl = importlib.machinery.SourcelessFileLoader('msh_nosrc', os.path.join(tmp, 'msh_nosrc.pyc'))
    print(sl.get_source('msh_nosrc'), sl.get_code('msh_nosrc').co_name)

    # A pyc whose source moved: co_filename follows the source.
    p = write('msh_moved', 'def f():\n    return f.__code__.co_filename\n')
    c = py_compile.compile(p, dfile='/elsewhere/old_name.py', doraise=True)
    import msh_moved
    print(msh_moved.f() == p)

    # compileall over a package directory.
    pkg = os.path.join(tmp, 'msh_pkg')
    os.mkdir(pkg)
    for n in ('__init__', 'a', 'b'):
        with open(os.path.join(pkg, n + '.py'), 'w') as f:
            f.write(f'NAME = {n!r}\n')
    print(compileall.compile_dir(pkg, quiet=1))
    print(sorted(os.path.exists(importlib.util.cache_from_source(os.path.join(pkg, n + '.py'))) for n in ('__init__', 'a', 'b')))
    import msh_pkg.a
    print(msh_pkg.NAME, msh_pkg.a.NAME)
finally:
    shutil.rmtree(tmp)
