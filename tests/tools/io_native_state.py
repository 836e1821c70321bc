# pyk only (host/tests/programs.rs runs it): the objects _io.open builds
# natively have the state the Python open() of iomod.py gives them, before
# and after reading, writing and closing. Prints "ok" or what differs.
import _io
import os
import sys
import tempfile

py_open = _io.open.__self__
assert py_open.__name__ == 'open' and py_open is not _io.open
d = tempfile.mkdtemp()
IO_TYPES = (_io.FileIO, _io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom, _io.TextIOWrapper, _io.IncrementalNewlineDecoder)
problems = []


def state(o, seen):
    # vars() with io objects, codecs' objects and locks by their own state.
    if isinstance(o, _io.TextIOWrapper):
        o._decoder, o._encoder  # made on first use by the native open
    if isinstance(o, IO_TYPES) or type(o).__module__.startswith('encodings') or isinstance(o, (_io._Utf8Encoder, _io._Utf8Decoder)):
        if id(o) in seen:
            return ('seen', type(o))
        seen.add(id(o))
        # Descriptors differ (both files are open at once): whether open counts.
        return (type(o), {k: state(v >= 0 if k == '_fd' else v, seen) for k, v in vars(o).items()})
    if type(o).__name__ == 'RLock':
        return 'RLock'
    if type(o).__name__ in ('CodecInfo', '_Utf8Info'):
        return ('CodecInfo', o.name)
    return (type(o), o)


def compare(what, a, b):
    sa, sb = state(a, set()), state(b, set())
    if sa != sb:
        problems.append(f'{what}:\n  native {sa}\n  python {sb}')


def fresh(name, data):
    p = os.path.join(d, name)
    with py_open(p, 'wb') as f:
        f.write(data)
    return p


data = b'one\r\ntwo\nthree\r'
cases = []
for mode in ['r', 'rt', 'w', 'a', 'r+', 'w+', 'a+', 'rb', 'wb', 'ab', 'r+b', 'w+b', 'x', 'xb']:
    for enc, nl in ([(None, None)] if 'b' in mode else [(None, None), ('utf-8', None), ('UTF-8', ''), ('locale', '\n'), ('utf8', None)]):
        cases.append((mode, enc, nl))
for i, (mode, enc, nl) in enumerate(cases):
    pa, pb = fresh(f'a{i}', data), fresh(f'b{i}', data)
    if 'x' in mode:
        os.remove(pa)
        os.remove(pb)
    kw = {} if 'b' in mode else {'encoding': enc, 'newline': nl}
    a, b = _io.open(pa, mode, **kw), py_open(pb, mode, **kw)
    if type(a) is not type(b):
        problems.append(f'{mode}: {type(a)} {type(b)}')
        continue
    for o in (a, b):
        vars(o)
    fa = a.buffer.raw if hasattr(a, 'buffer') else a.raw
    fb = b.buffer.raw if hasattr(b, 'buffer') else b.raw
    if fa.name != pa or fb.name != pb:
        problems.append(f'{mode}: names {fa.name} {fb.name}')
    fa.name = fb.name = 'p'
    compare(f'{mode} {enc} {nl!r} new', a, b)
    if a.readable():
        ra, rb = a.read(3), b.read(3)
        if ra != rb:
            problems.append(f'{mode}: read(3) {ra!r} {rb!r}')
        compare(f'{mode} {enc} {nl!r} read(3)', a, b)
        ra, rb = a.read(), b.read()
        if ra != rb:
            problems.append(f'{mode}: read {ra!r} {rb!r}')
        compare(f'{mode} {enc} {nl!r} read', a, b)
        if isinstance(a, _io.TextIOWrapper) and a.newlines != b.newlines:
            problems.append(f'{mode}: newlines {a.newlines!r} {b.newlines!r}')
    if a.writable():
        x = 'x\n' if isinstance(a, _io.TextIOWrapper) else b'x\n'
        a.write(x), b.write(x)
        compare(f'{mode} {enc} {nl!r} write', a, b)
        if not isinstance(a, _io.TextIOWrapper):
            for n in (5000, 1, 9000):
                a.write(bytearray(b'y' * n)), b.write(bytearray(b'y' * n))
                compare(f'{mode} write {n}', a, b)
    a.close(), b.close()
    compare(f'{mode} {enc} {nl!r} closed', a, b)
    with py_open(pa, 'rb') as f, py_open(pb, 'rb') as g:
        if f.read() != g.read():
            problems.append(f'{mode}: contents differ')

print('\n'.join(problems) if problems else 'ok')
