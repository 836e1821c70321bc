"""Writes CPython 3.13's ast.dump of every stdlib file it can parse into a
directory, for the Rust parity test (see parity.sh). Sources are written as
UTF-8 text next to their dumps; the directory is scratch space, never part
of the repository."""
import ast, os, sys, sysconfig, time, tokenize

out = sys.argv[1]
roots = sys.argv[2:] or [sysconfig.get_paths()["stdlib"]]
os.makedirs(out, exist_ok=True)
index = []
n = 0
cpython_time = 0.0
for root in roots:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if "site-packages" in dirpath:
            continue
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            try:
                with open(path, "rb") as f:
                    raw = f.read()
                with open(path, "rb") as f:
                    enc, _ = tokenize.detect_encoding(f.readline)
                text = raw.decode(enc)
                t = time.perf_counter()
                tree = ast.parse(raw)
                cpython_time += time.perf_counter() - t
                dump = ast.dump(tree, include_attributes=True)
            except Exception:
                continue
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:
                continue
            with open(os.path.join(out, f"{n}.py"), "wb") as f:
                f.write(data)
            with open(os.path.join(out, f"{n}.dump"), "w", encoding="utf-8") as f:
                f.write(dump)
            index.append(f"{n}\t{path}")
            n += 1
with open(os.path.join(out, "index.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(index) + "\n")
print(f"{n} files; CPython ast.parse total {cpython_time:.3f}s")
