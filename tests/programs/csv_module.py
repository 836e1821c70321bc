# needs: stdlib
# CPython's csv over the native _csv: DictReader/DictWriter, Dialect classes,
# register_dialect, the Sniffer, errors re-raised as csv.Error.
import sys, types
if "io" not in sys.modules:  # until _io is a module: csv only uses io.StringIO in the Sniffer
    class _StringIO:
        def __init__(self, s): self._lines = s.splitlines(True)
        def __iter__(self): return iter(self._lines)
    sys.modules["io"] = types.SimpleNamespace(StringIO=_StringIO)
import csv

class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def text(self): return "".join(self.parts)

print(csv.list_dialects() == sorted(csv.list_dialects()) or sorted(csv.list_dialects()))
print(sorted(csv.list_dialects()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
d = csv.get_dialect("excel-tab"); print(repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote)
d = csv.get_dialect("unix"); print(repr(d.lineterminator), d.quoting)

rows = ["name,age,city", "Ann,31,Oslo", 'Bob,27,"New York, NY"', "Cy,,Rome,extra"]
for r in csv.DictReader(rows):
    print(r)
r = csv.DictReader(rows, restkey="more", restval="?")
print(r.fieldnames, [dict(x) for x in r], r.line_num)
r = csv.DictReader(["a;b", "1;2"], delimiter=";")
print(list(r))

o = Out()
w = csv.DictWriter(o, fieldnames=["x", "y"], extrasaction="ignore")
w.writeheader()
w.writerow({"x": 1, "y": "two, three", "z": 9})
w.writerows([{"x": None}, {"y": 'q"uote'}])
print(repr(o.text()))
try:
    w2 = csv.DictWriter(Out(), fieldnames=["x"])
    w2.writerow({"x": 1, "bad": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(Out(), fieldnames=["x"], extrasaction="nope")
except ValueError as e:
    print("ValueError", e)

class pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("pipes", pipes)
o = Out()
csv.writer(o, "pipes").writerows([["a|b", "c'd", 3], ["", ""]])
print(repr(o.text()))
print(list(csv.reader(o.text().splitlines(), "pipes")))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)

class bad(csv.Dialect):
    delimiter = ";"
try:
    bad()
except csv.Error as e:
    print("Error", e)
class bad2(csv.excel):
    quotechar = "ab"
try:
    bad2()
except csv.Error as e:
    print("Error", e)
print(csv.excel().delimiter, csv.excel_tab().delimiter == "\t")

o = Out()
w = csv.writer(o, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([1, 2.5, "x", True, None])
w = csv.writer(o, quoting=csv.QUOTE_STRINGS)
w.writerow([1, "x", None, ""])
w = csv.writer(o, quoting=csv.QUOTE_NOTNULL)
w.writerow([1, "x", None, ""])
print(repr(o.text()))
print(list(csv.reader(o.text().splitlines()[1:], quoting=csv.QUOTE_STRINGS)))

s = csv.Sniffer()
sample = "a;b;c\n1;2;3\n4;5;6\n"
dia = s.sniff(sample)
print(repr(dia.delimiter), s.has_header("name;age\nann;3\nbob;4\n"))
try:
    s.sniff("")
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit())
try:
    csv.reader(["a"], bogus=1)
except TypeError as e:
    print("TypeError", e)
print(csv.__all__[:5])
