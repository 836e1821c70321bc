"""AST parity of the `_ast` module over CPython 3.13's Lib/ (not Lib/test).

  python3.13 ast_parity.py gen DIR    CPython writes each file's source (as UTF-8)
                                      and ast.dump(ast.parse(src), include_attributes=True)
  pyk ast_parity.py check DIR         pyk dumps the same sources and compares

DIR is scratch space. See ast_parity.sh, which runs both."""
import ast
import os
import sys


def gen(out):
    import sysconfig, tokenize, warnings
    warnings.simplefilter("ignore")
    lib = sysconfig.get_paths()["stdlib"]
    os.makedirs(out, exist_ok=True)
    index = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames.sort()
        rel = os.path.relpath(dirpath, lib)
        top = rel.split(os.sep)[0]
        if top in ("test", "site-packages") or "site-packages" in dirpath:
            continue
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            name = os.path.relpath(path, lib)
            with open(path, "rb") as f:
                raw = f.read()
            try:
                with open(path, "rb") as f:
                    enc, _ = tokenize.detect_encoding(f.readline)
                text = raw.decode(enc)
                dump = ast.dump(ast.parse(raw), include_attributes=True)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue  # CPython rejects it too: not part of the count
            key = "%05d" % len(index)
            with open(os.path.join(out, key + ".py"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            with open(os.path.join(out, key + ".dump"), "w", encoding="utf-8") as f:
                f.write(dump)
            index.append(key + " " + name)
    with open(os.path.join(out, "index.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(index) + "\n")
    print(f"wrote {len(index)} files")


def check(out):
    with open(os.path.join(out, "index.txt"), encoding="utf-8") as f:
        index = [line.split(" ", 1) for line in f.read().splitlines() if line]
    ok = 0
    bad = []
    for key, name in index:
        with open(os.path.join(out, key + ".py"), "rb") as f:
            src = f.read().decode("utf-8")
        with open(os.path.join(out, key + ".dump"), encoding="utf-8") as f:
            want = f.read()
        try:
            got = ast.dump(ast.parse(src), include_attributes=True)
        except Exception as e:
            got = f"<{type(e).__name__}: {e}>"
        if got == want:
            ok += 1
        else:
            bad.append(name)
    for name in bad:
        print("differs:", name)
    print(f"ast parity: {ok}/{len(index)}")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(gen(sys.argv[2]) if sys.argv[1] == "gen" else check(sys.argv[2]))
