# _csv directly: dialect validation, reader states, writer quoting, registry, errors.
import _csv
cases = [
 dict(delimiter=1), dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=None),
 dict(quotechar=1), dict(quotechar="ab"), dict(quotechar=None), dict(escapechar=5), dict(escapechar="ab"),
 dict(lineterminator=1), dict(quoting=9), dict(quoting="a"), dict(doublequote=[]), dict(strict=1),
 dict(delimiter="\n"), dict(delimiter=" ", skipinitialspace=True), dict(quotechar=","), dict(escapechar=","),
 dict(quotechar=None, quoting=_csv.QUOTE_ALL), dict(quoting=_csv.QUOTE_NONE, quotechar=None), dict(bogus=1),
 dict(delimiter="\r"), dict(lineterminator="\r\n", quotechar="\r"), dict(escapechar="\n"), dict(quotechar='"', escapechar='"'),
 dict(lineterminator=""),
]
for c in cases:
    try:
        d = _csv.Dialect(**c)
        print(c, "ok", d.delimiter, d.quotechar, d.escapechar, d.quoting, d.lineterminator.encode(), d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e:
        print(c, type(e).__name__, e)
for a in [(), ("nope",), (1,), ("excel", 2)]:
    try: print(_csv.get_dialect(*a))
    except Exception as e: print(a, type(e).__name__, e)
try: _csv.reader()
except Exception as e: print(type(e).__name__, e)
try: _csv.reader(1)
except Exception as e: print(type(e).__name__, e)
try: _csv.writer(1)
except Exception as e: print(type(e).__name__, e)
try: _csv.writer([])
except Exception as e: print(type(e).__name__, e)
try: _csv.unregister_dialect("zz")
except Exception as e: print(type(e).__name__, e)
try: _csv.register_dialect(1)
except Exception as e: print(type(e).__name__, e)
try: _csv.field_size_limit("a")
except Exception as e: print(type(e).__name__, e)
try: _csv.field_size_limit(1,2)
except Exception as e: print(type(e).__name__, e)
print(_csv.field_size_limit(), _csv.list_dialects(), _csv.QUOTE_STRINGS, _csv.QUOTE_NOTNULL)
r = _csv.reader(["a,b"]); print(type(r), r.line_num, type(r.dialect), list(r), r.line_num)
class W:
    def write(self, s): print(repr(s)); return len(s)
w = _csv.writer(W()); print(type(w), type(w.dialect))
for row in [[1,2.5,None,"x"], ["a,b", 'q"', "l\nm", ""], [""], [], "abc"]:
    try: print(w.writerow(row))
    except Exception as e: print(type(e).__name__, e)
try: w.writerow(5)
except Exception as e: print(type(e).__name__, e)
try: w.writerows(5)
except Exception as e: print(type(e).__name__, e)
for data in [['a,"b'], ['"a"b'], ['a\0b'], ['x'*5], ['"ab"c']]:
    try: print(list(_csv.reader(data, strict=True)))
    except Exception as e: print(type(e).__name__, e)
    try: print(list(_csv.reader(data)))
    except Exception as e: print(type(e).__name__, e)
try: list(_csv.reader([1]))
except Exception as e: print(type(e).__name__, e)
try: list(_csv.reader(['a\nb']))
except Exception as e: print(type(e).__name__, e)
print(repr(_csv.Error), _csv.Error.__mro__, _csv.reader.__name__)
w2 = _csv.writer(W(), quoting=_csv.QUOTE_NONE)
try: w2.writerow(['a,b'])
except Exception as e: print(type(e).__name__, e)
w2 = _csv.writer(W(), quoting=_csv.QUOTE_NONE, escapechar='\\')
w2.writerow(['a,b', 'c"d', 'e\\f'])
for q in range(6):
    w3 = _csv.writer(W(), quoting=q); w3.writerow([1, 'a', None, '', 2.0, True])
for c in [dict(quotechar=' ', skipinitialspace=True), dict(quotechar=' '), dict(escapechar=' ', skipinitialspace=True), dict(delimiter='!', lineterminator='!'), dict(quotechar='!', lineterminator='!'), dict(lineterminator=None), dict(quoting=None), dict(quoting=True), dict(delimiter=' ', skipinitialspace=True, quotechar=None, quoting=3)]:
    try:
        d = _csv.Dialect(**c); print(c, 'ok', repr(d.quotechar), d.quoting)
    except Exception as e: print(c, type(e).__name__, e)
for q in range(6):
    print(q, list(_csv.reader(['1,"2",,"",7 , 3.5', '', '""'], quoting=q)) )
try: print(list(_csv.reader(['1,x'], quoting=2)))
except Exception as e: print(type(e).__name__, e)
print(list(_csv.reader(['1,"x",'], quoting=2)))
class W:
    def write(self, s): print(repr(s)); return len(s)
for kw in [dict(lineterminator='!'), dict(delimiter=' ', skipinitialspace=True), dict(delimiter=' '), dict(quotechar="'", doublequote=False, escapechar='\\')]:
    w = _csv.writer(W(), **kw)
    for row in [['a!b', ' x', '', 'y z', "q'r", 'e\\f', 'c\rd'], ['']]:
        try: w.writerow(row)
        except Exception as e: print(type(e).__name__, e)
w = _csv.writer(W(), doublequote=False)
try: w.writerow(['a"b'])
except Exception as e: print(type(e).__name__, e)
_csv.field_size_limit(4)
try: print(list(_csv.reader(['abcde'])))
except Exception as e: print(type(e).__name__, e)
print(_csv.field_size_limit(131072))
print(list(_csv.reader(['a\\,b,c\\', 'd', '"x\\"y"'], escapechar='\\')))
print(list(_csv.reader(['"a', 'b"', 'c', '', ' q, "r s"'], skipinitialspace=True)))
r = _csv.reader(['"a', 'b"c,d'])
print(next(r), r.line_num)
class W:
    def write(self, s): print(repr(s)); return len(s)
w = _csv.writer(W(), skipinitialspace=True); w.writerow([' x', '', 'a', 'b '])
w = _csv.writer(W(), quoting=_csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c"d', 'e\\f', 'g\nh', ''])
w = _csv.writer(W(), quoting=_csv.QUOTE_NONE, escapechar='\\', quotechar=None); w.writerow(['c"d'])
w = _csv.writer(W(), quoting=_csv.QUOTE_ALL, escapechar='\\'); w.writerow(['c"d', 'e\\f'])
w = _csv.writer(W(), escapechar='\\'); w.writerow(['c"d', 'e\\f', 'g,h'])
print(w.writerows([[1], (2, 3), 'ab']))
import sys
w = _csv.writer(W()); 
class Bad:
    def __str__(self): raise ValueError("boom")
try: w.writerow([Bad()])
except Exception as e: print(type(e).__name__, e)
print(list(_csv.reader(['a, b', ' ,c'], skipinitialspace=True)))
_csv.register_dialect('excel-tab', delimiter='\t'); print(list(_csv.reader(['a\tb'], dialect='excel-tab')), list(_csv.reader(['a,b'], _csv.Dialect(delimiter=';'))))
class D: delimiter = ':'; quoting = 0
print(list(_csv.reader(['a:b'], D)), list(_csv.reader(['a:b'], D, delimiter='b')))
print(list(_csv.reader(['a,b\r\n', 'c\n', '"d\r\n', 'e"\n', '\n', 'x\\\r\n', 'y'], escapechar='\\')))
print(list(_csv.reader(['a;"b;c";"d""e"'], delimiter=';')))
print(list(_csv.reader(['"a"b"c'], doublequote=False)))
r = _csv.reader(['a,"b', 'c'], strict=True)
try: next(r)
except _csv.Error as e: print("Error", e)
try: next(r)
except StopIteration: print("stop")
_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_ALL)
d = _csv.get_dialect('semi'); print(d.delimiter, d.quoting, sorted(_csv.list_dialects()))
_csv.register_dialect('semi2', 'semi', quotechar="'")
print(list(_csv.reader(["'a;b';c"], 'semi2')))
_csv.unregister_dialect('semi'); _csv.unregister_dialect('semi2'); print(_csv.list_dialects())
try: d.delimiter = 'x'
except AttributeError as e: print("AttributeError")
try: _csv.reader(['a'], 1, 2)
except TypeError as e: print(e)
class Sub(_csv.Dialect): pass
s = Sub(delimiter='|'); print(type(s).__name__, s.delimiter, isinstance(s, _csv.Dialect))
print(list(_csv.reader(['1|2'], s)))
def lines():
    for s in ["a,b", "c,d"]:
        print("line_num while reading:", rd.line_num)
        yield s
rd = _csv.reader(lines())
print(list(rd), rd.line_num)
