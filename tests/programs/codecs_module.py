# needs: stdlib
# codecs over pyk's _codecs: lookup, round trips through every builtin codec,
# error handlers (builtin and registered), incremental decoders on split
# multi-byte input, CPython's error messages.
import codecs


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


info = codecs.lookup('UTF8')
print(info.name, codecs.lookup('Latin_1').name, codecs.lookup('utf-16').name, codecs.lookup('cp1252').name)
t(codecs.lookup, 'no-such-codec')
t(codecs.lookup, 1)

text = 'aé€😀\n\\"\''
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'unicode_escape', 'raw_unicode_escape', 'utf-7']:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text, codecs.decode(data, enc) == text)
for enc in ['latin-1', 'cp1252', 'cp437', 'iso8859_15', 'mac_roman', 'koi8_r', 'ascii']:
    s = 'Grüße' if enc not in ('koi8_r', 'ascii') else 'abc'
    data = s.encode(enc)
    print(enc, data, data.decode(enc))
print(b'\x80\x9f'.decode('cp1252'), codecs.encode('abc', 'rot13'))
print(codecs.escape_encode(b"a'\"\x00\xff\n"), codecs.escape_decode(b'a\\x41\\n\\101'))
t(codecs.escape_decode, b'\\x4')
print(codecs.escape_decode(b'\\x4', 'replace'), codecs.escape_decode(b'\\x4', 'ignore'))
print(codecs.unicode_escape_decode(b'\\u20ac\\x41\\101\\N'[:-2]), codecs.raw_unicode_escape_decode(b'\\\\u0041 \\u0041 \\x'))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00A', 'strict', 0, False), codecs.utf_16_ex_decode(b'A', 'strict', 0, False))
print(codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00A'), codecs.utf_16_encode('A', 'strict', 1), codecs.utf_32_encode('A', None, -1))
print(codecs.utf_8_decode(b'a\xe2\x82', 'strict', False), codecs.utf_8_decode(b'a\xe2\x82'), codecs.latin_1_decode(memoryview(b'\xe9')))
print(codecs.readbuffer_encode(b'ab'), codecs.readbuffer_encode('ab'), codecs.charmap_build('abc'))
print(codecs.charmap_encode('ab', 'strict', {97: 65, 98: b'xy'}), codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'a', 1: 98}))
print(codecs.charmap_decode(b'\x00\x01\x02', 'replace', 'ab'), codecs.charmap_encode('abz', 'replace', codecs.charmap_build('abc?')))

# error messages
for data, enc in [(b'\xff', 'utf-8'), (b'a\xe2\x82', 'utf-8'), (b'\xe2\x28\xa1', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'),
                  (b'\x80', 'ascii'), (b'\x00\xd8\x41\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'),
                  (b'\x00\xd8', 'utf-16-le'), (b'a', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'),
                  (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x81', 'cp1252'), (b'\\x4', 'unicode_escape'),
                  (b'\\', 'unicode_escape'), (b'\\U00110000', 'unicode_escape'), (b'+AOk\xff', 'utf-7')]:
    try:
        data.decode(enc)
        print('no error', data, enc)
    except UnicodeDecodeError as e:
        print(e, '|', e.start, e.end, e.reason)
for s, enc in [('a€b', 'ascii'), ('a€€b', 'latin-1'), ('\U0001f600', 'cp1252'), ('é', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e, '|', e.start, e.end, e.object)
t('x'.encode, 'rot13')
t(b'x'.decode, 'rot13')
t('x'.encode, 'nope')
t(codecs.utf_8_decode, 'ab')
t(codecs.utf_8_encode, b'ab')
t(codecs.utf_8_decode, b'ab', 1)

# error handlers
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(h, 'a€\U0001f600b'.encode('ascii', h), 'a€b'.encode('latin-1', h))
for h in ['ignore', 'replace', 'backslashreplace']:
    print(h, b'a\xff\xe2\x82b'.decode('utf-8', h), b'a\x80b'.decode('ascii', h), b'\x00\xd8A\x00'.decode('utf-16-le', h))
print(codecs.lookup_error('strict'), codecs.lookup_error('replace') is codecs.replace_errors)
t(codecs.lookup_error, 'nope')
t(codecs.lookup_error('strict'), 'x')
t(codecs.lookup_error('strict'), ValueError('boom'))
t(codecs.lookup_error('replace'), ValueError())
t(codecs.lookup_error('ignore'), UnicodeDecodeError('utf-8', b'ab', 0, 1, 'why'))
t(codecs.lookup_error('backslashreplace'), UnicodeEncodeError('ascii', 'é€', 0, 2, 'why'))
codecs.register_error('angle', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))
print(b'a\xff\xfeb'.decode('utf-8', 'angle'), 'a€€b'.encode('ascii', 'angle'), 'a€€b'.encode('cp437', 'angle'))
codecs.register_error('skip2', lambda e: ('', e.start + 2))
print(b'a\xffxyz'.decode('utf-8', 'skip2'))
codecs.register_error('bad', lambda e: 'nope')
t(b'\xff'.decode, 'utf-8', 'bad')
t('€'.encode, 'ascii', 'bad')
t(codecs.register_error, 'x', 1)
t(b'\xff'.decode, 'utf-8', 'nope')

# incremental decoders and encoders
for enc in ['utf-8', 'utf-16', 'utf-32', 'utf-16-be', 'cp1252', 'unicode_escape']:
    data = 'aé€😀\\'.encode(enc) if enc != 'cp1252' else 'aé€'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, parts)
dec = codecs.getincrementaldecoder('utf-8')()
t(dec.decode, b'\xe2\x82', True)
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'x'], 'utf-8')))
w = codecs.getwriter('utf-8')
import io
buf = io.BytesIO()
w(buf).write('héllo')
print(buf.getvalue(), codecs.getreader('utf-8')(io.BytesIO(b'h\xc3\xa9\nx')).readlines())

# the constructors with an encoding go through the same codecs
t(str, b'\x80abc', 'cp1252')
t(str, b'\xffabc', 'utf-8', 'replace')
t(str, bytearray(b'ab'), 'ascii')
t(str, 'x', 'utf-8')
t(str, 1, 'utf-8')
t(str, b'x', 1)
t(bytes, 'abc', 'utf-16')
t(bytes, 'abc€', 'ascii')
t(bytes, 'ab€', 'ascii', 'replace')
t(bytes, 'x', 'utf-8', 1)
t(bytes, 1, 'utf-8')
t(bytearray, 'abc', 'utf-16-le')
t(bytearray, 'a€', 'latin-1', 'xmlcharrefreplace')
t(b'\xff'.decode, errors='replace')
t('abc'.encode, encoding='utf-16-be')
t(bytearray(b'\x80').decode, 'cp1252')

# utf-7 runs and their closing '-'
for s in ['a+b', 'é-', 'éa', 'é.', 'é', '~~', 'a€b€c', '+', 'x+-y']:
    e = s.encode('utf-7')
    print(e, e.decode('utf-7') == s)
