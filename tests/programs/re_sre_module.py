# needs: stdlib
# The _sre module's own interface, and code lists fed to it directly
# (BIGCHARSET code made by CPython 3.13's re._compiler).
import _sre
print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(ord(c)) for c in 'aZ1é'], [_sre.unicode_iscased(ord(c)) for c in 'aZ1éß'])
print([_sre.ascii_tolower(ord(c)) for c in 'AzÉ'], [_sre.unicode_tolower(c) for c in (ord('É'), 0x130, 0x212a, 0x1f88)])
C1 = [14, 4, 0, 1, 4294967295, 24, 89, 1, 4294967295, 13, 84, 10, 2, 16777216, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2752512, 0, 0, 0, 1, 1]
C2 = [14, 4, 0, 2, 2, 39, 84, 10, 2, 16777216, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 655360, 12, 0, 0, 40, 120, 1]
p = _sre.compile('[αγε]+', 32, C1, 0, {}, (None,))
print(p.findall('αβγδεεα x'), p.search('xyzγ').span())
q = _sre.compile('(?i)[ΣΑΓ]x', 34, C2, 0, {}, (None,))
print(q.findall('σx ςx αX γx βx Σx'))
for bad in ([100], [17, 5, 1], [7, 99, 0], [24, 100, 0, 1], []):
    try:
        _sre.compile('x', 0, bad, 0, {}, (None,))
        print('accepted', bad)
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    _sre.compile('x', 0, [2**40], 0, {}, (None,))
except OverflowError as e:
    print('OverflowError', e)
import re
t = _sre.template(re.compile('(a)(b)?'), ['<', 1, '|', 2, '>'])
print(type(t).__name__, re.compile('(a)(b)?').sub(r'<\1|\2>', 'xay'))
s = re.compile('a*').scanner('baa')
print(s.match(), s.match(), s.search(), s.search(), s.search())
print(list(re.compile('').finditer('ab')))
print(re.compile(r'(?P<x>a)').groupindex['x'], type(re.compile('a').groupindex).__name__)
print(re.compile('a') != re.compile('a', re.I), re.compile('a') == re.compile(b'a'.decode()), re.compile('a') == 'a')
