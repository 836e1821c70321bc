# needs: stdlib
# A small use of each standard-library module the import-system issue names.
import pickle, decimal, fractions, statistics, string, textwrap, struct, copy, json, re
print(pickle.loads(pickle.dumps({'a': [1, 2.5, (3, 'x')], 'b': {4, 5}})))
print(decimal.Decimal('1.1') + decimal.Decimal('2.2'), decimal.Decimal(1) / decimal.Decimal(7), decimal.getcontext().prec)
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 4), statistics.median([5, 1, 3]), string.Template('$x!').substitute(x='hi'))
print(textwrap.wrap('the quick brown fox jumps over the lazy dog', 12), struct.pack('<hI', 1, 2), copy.deepcopy([[1], [2]]))
print(json.dumps({'k': [1, None, True]}, sort_keys=True), json.loads('{"a": [1.5, "x"]}'), re.findall(r'\d+', 'a1b22c333'))
import pathlib, tempfile, os, shutil, glob, fnmatch
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / 'sub' / 'f.txt'
    p.parent.mkdir()
    p.write_text('hello\nworld\n')
    print(p.read_text().splitlines(), p.suffix, p.stem, sorted(x.name for x in pathlib.Path(d).rglob('*')))
    shutil.copy(p, pathlib.Path(d) / 'g.txt')
    print(sorted(os.path.basename(x) for x in glob.glob(os.path.join(d, '*.txt'))), fnmatch.fnmatch('a.py', '*.py'))
    with tempfile.NamedTemporaryFile('w+', dir=d, delete=False) as t:
        t.write('x')
    print(os.path.getsize(t.name))
import argparse
ap = argparse.ArgumentParser(prog='demo')
ap.add_argument('--n', type=int, default=1)
ap.add_argument('files', nargs='*')
print(ap.parse_args(['--n', '3', 'a', 'b']))
import gzip, zipfile, io, base64, hashlib, hmac, zlib
data = b'abc' * 100
print(gzip.decompress(gzip.compress(data)) == data, zlib.crc32(data), base64.b64encode(b'pyk'), hashlib.sha256(b'x').hexdigest()[:16])
print(hmac.new(b'k', b'msg', 'sha256').hexdigest()[:16])
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'inside')
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist(), z.read('a.txt'))
import csv, difflib, shlex, configparser, calendar, uuid, secrets, pprint, locale, platform
r = list(csv.reader(io.StringIO('a,b\n"1,2",3\n')))
print(r, list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], lineterm=''))[2:], shlex.split('a "b c" d'))
cp = configparser.ConfigParser()
cp.read_string('[s]\nk = v\n')
print(cp['s']['k'], calendar.monthrange(2024, 2), uuid.UUID('12345678123456781234567812345678').hex, len(secrets.token_hex(8)))
pprint.pprint({'z': list(range(30)), 'a': 'x' * 10}, width=40)
print(type(locale.getpreferredencoding()).__name__, type(platform.python_version()).__name__)
import logging, inspect, dis, tokenize, traceback, warnings, ast
logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
logging.getLogger('demo').warning('careful %d', 3)
print(inspect.signature(lambda a, *, b=2: 0), [t.string for t in tokenize.generate_tokens(io.StringIO('x = 1\n').readline)][:3])
try:
    1 / 0
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1])
print(ast.dump(ast.parse('x + 1', mode='eval')))
import datetime, time, random, itertools, functools, operator, collections, heapq, bisect, enum, typing, weakref, types, abc, contextlib
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), datetime.datetime(2020, 1, 2, 3, 4, 5).isoformat(), time.gmtime(0)[:3])
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abc'), list(itertools.accumulate([1, 2, 3])), functools.reduce(operator.mul, [1, 2, 3, 4]))
print(collections.Counter('abracadabra').most_common(2), heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3, 5], 4))
class Color(enum.Enum):
    RED = 1
print(Color.RED, typing.get_type_hints(lambda: 0), types.SimpleNamespace(a=1))
