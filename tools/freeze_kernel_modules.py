"""Regenerates kernel/src/frozen/*.pkc, the precompiled code of the kernel's
modules written in Python (see kernel/src/frozen_code.rs).

Run it with the built pyk after changing one of those sources, the compiler
or the code format, then rebuild:

    target/release/pyk tools/freeze_kernel_modules.py
    RUSTFLAGS="-D warnings" cargo build --release

With --check it writes nothing and exits with status 1, naming the stale
blobs, when a blob is not what the current sources and compiler give.
"""

import marshal
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNEL = os.path.join(ROOT, 'kernel', 'src')

# Module name -> where its source is: a .py file included by the kernel, or
# (Rust file, constant) for a raw string literal `const NAME: &str = r#"..."#;`.
MODULES = {
    '_io': 'iomod.py',
    '_codecs': 'codecsmod.py',
    '_tokenize': 'tokenizemod.py',
    '_ast': 'astmod_src.py',
    '_collections': ('collectionsmod.rs', 'SOURCE'),
    '_contextvars': ('collectionsmod.rs', 'CONTEXTVARS_SOURCE'),
    '_typing': ('typingmod.rs', 'SOURCE'),
    '_warnings': ('warningsmod.rs', 'SOURCE'),
    '_pyk_reduce': ('reduce.rs', 'REDUCE_SOURCE'),
    'gc': ('gcmod.rs', 'SOURCE'),
    'posix': ('posixmod.rs', 'PRELUDE'),
}


def read_source(where):
    if isinstance(where, str):
        with open(os.path.join(KERNEL, where), encoding='utf-8', newline='') as f:
            return f.read()
    path, const = where
    with open(os.path.join(KERNEL, path), encoding='utf-8', newline='') as f:
        text = f.read()
    start_mark = f'const {const}: &str = r#"'
    start = text.index(start_mark) + len(start_mark)
    return text[start:text.index('"#;', start)]


def source_hash(data):
    # 64-bit FNV-1a over little-endian u64 words (the last one zero-padded),
    # then over the length: frozen_code::source_hash.
    mask = (1 << 64) - 1
    prime = 0x100000001b3
    h = 0xcbf29ce484222325
    padded = data + bytes(-len(data) % 8)
    for i in range(0, len(padded), 8):
        h = ((h ^ int.from_bytes(padded[i:i + 8], 'little')) * prime) & mask
    return ((h ^ len(data)) * prime) & mask


def blob(name, source):
    code = compile(source, f'<{name}>', 'exec', dont_inherit=True, optimize=0)
    record = marshal.dumps(code)
    payload = record[1:]
    if record[0] & 0x7f != ord('c') or payload[:4] != b'PKCO':
        sys.exit('freeze_kernel_modules.py must be run with pyk (its code objects are what the kernel loads)')
    # pyk's marshal record: magic, version (u32), build stamp (u64), body
    # length (u32), body; the wire format is magic, version, body.
    version = payload[4:8]
    length = int.from_bytes(payload[16:20], 'little')
    wire = b'PKCO' + version + payload[20:20 + length]
    return b'PKFZ' + version + source_hash(source.encode('utf-8')).to_bytes(8, 'little') + wire


def main():
    check = sys.argv[1:] == ['--check']
    if sys.argv[1:] and not check:
        sys.exit('usage: freeze_kernel_modules.py [--check]')
    stale = []
    for name, where in MODULES.items():
        data = blob(name, read_source(where))
        path = os.path.join(KERNEL, 'frozen', f'{name}.pkc')
        try:
            with open(path, 'rb') as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if old == data:
            continue
        stale.append(name)
        if not check:
            with open(path, 'wb') as f:
                f.write(data)
            print(f'wrote {os.path.relpath(path, ROOT)} ({len(data)} bytes)')
    if check and stale:
        print(f'stale precompiled kernel modules: {", ".join(stale)}; '
              'run `target/release/pyk tools/freeze_kernel_modules.py` and rebuild', file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
