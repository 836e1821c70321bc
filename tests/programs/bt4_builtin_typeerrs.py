# builtins given wrong argument types: the exact TypeError/ValueError texts for each
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
t('abs str', lambda: abs('x')); t('chr str', lambda: chr('a')); t('chr big', lambda: chr(2**31)); t('chr neg', lambda: chr(-1)); t('chr float', lambda: chr(65.0))
t('ord int', lambda: ord(65)); t('ord long', lambda: ord('ab')); t('ord bytes2', lambda: ord(b'ab')); t('ord empty', lambda: ord('')); t('ord ba', lambda: ord(bytearray(b'z')))
t('bin float', lambda: bin(1.0)); t('hex str', lambda: hex('1')); t('oct None', lambda: oct(None)); t('len int', lambda: len(5)); t('iter int', lambda: iter(5))
t('iter call', lambda: iter(5, 1)); t('next list', lambda: next([1])); t('getattr int name', lambda: getattr(1, 2)); t('setattr name', lambda: setattr(1, 2, 3))
t('hasattr', lambda: hasattr(1, None)); t('delattr', lambda: delattr(1, b'x')); t('callable', lambda: callable()); t('vars int', lambda: vars(1))
t('dir', lambda: len(dir(1)) > 10); t('sorted key', lambda: sorted([1], key=5)); t('max key', lambda: max([1], key=5)); t('min empty', lambda: min([]))
t('max empty default', lambda: max([], default=None)); t('min iter+default', lambda: min(1, 2, default=0)); t('max int', lambda: max(5)); t('sum str', lambda: sum(['a'], 'b'))
t('zip int', lambda: zip(1)); t('map int', lambda: list(map(len, 5))); t('filter', lambda: filter(None, 1)); t('enumerate start', lambda: enumerate([], 'x'))
t('reversed int', lambda: reversed(5)); t('round str', lambda: round('1')); t('divmod str', lambda: divmod('a', 1)); t('pow str', lambda: pow('a', 2))
t('hash list', lambda: hash([])); t('hash dict', lambda: hash({})); t('hash set', lambda: hash(set())); t('hash ba', lambda: hash(bytearray()))
t('isinstance', lambda: isinstance(1, 1)); t('issubclass', lambda: issubclass(1, 1)); t('format spec', lambda: format(1, 1)); t('repr none', lambda: repr(None))
t('ascii', lambda: ascii('é\n\x00')); t('compile mode', lambda: compile('1', 'f', 'bad')); t('compile src', lambda: compile(1, 'f', 'eval')); t('eval int', lambda: eval(5))
t('exec int', lambda: exec(5)); t('eval globals', lambda: eval('1', [])); t('eval locals', lambda: eval('1', {}, 5)); t('exec globals', lambda: exec('1', []))
t('open int mode', lambda: open(__file__, 5)); t('open bad mode', lambda: open(__file__, 'rw')); t('open buffering', lambda: open(__file__, 'rb', buffering='x'))
t('print sep', lambda: print(1, sep=5)); t('print end', lambda: print(1, end=b'')); t('print file', lambda: print(1, file=5)); t('print flush', lambda: print(end='', flush=[]))
t('super type', lambda: super(1)); t('type 1arg kw', lambda: type(1, x=2)); t('memoryview', lambda: memoryview([])); t('id', lambda: type(id(1)).__name__)
t('aiter', lambda: aiter(5)); t('anext', lambda: anext(5)); t('input', lambda: input(1, 2)); t('range float', lambda: range(1.0))
