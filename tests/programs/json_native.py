# needs: stdlib
# json over the native _json accelerator: dumps/loads of nested data, the
# encoder's options, string escapes (non-ASCII, surrogates), numbers, hooks,
# and CPython's error messages and positions.
import json
import json.decoder
import json.encoder
import json.scanner
import collections
import decimal
import enum
import _json

print(json.decoder.c_scanstring is not None, json.scanner.c_make_scanner is not None,
      json.encoder.c_make_encoder is not None)
print(json.decoder.scanstring is _json.scanstring, json.scanner.make_scanner is _json.make_scanner)
print(_json.scanstring.__module__, _json.make_scanner.__name__, _json.make_encoder.__name__)
print(json.encoder.encode_basestring_ascii.__module__, json.encoder.encode_basestring.__name__)


def show(label, f):
    try:
        r = f()
    except json.JSONDecodeError as e:
        print(label, "JSONDecodeError:", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno, "|", e)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, repr(r))


# --- round trips of nested data
doc = {
    "name": "pyk", "version": [3, 13, 0], "ok": True, "bad": False, "none": None,
    "nested": {"a": [1, [2, [3, [4, {}]]], []], "b": {"c": {"d": "deep"}}},
    "nums": [0, -1, 2**62, -(2**63), 2**64, 10**40, -10**40, 1.5, -0.0, 1e300, 2.5e-300],
    "text": "tab\there \"quoted\" back\\slash /slash \x00\x1f\x7f",
    "unicode": "café ☃ 𝄞 ünïcödé",
}
s = json.dumps(doc)
print(s)
print(json.loads(s) == doc)
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps(doc, indent=0))
print(json.dumps([1, [2, {"a": []}]], indent=3, separators=(",", " => ")))
print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"z": 1, "y": {"b": 2, "a": 1}, "x": [{"d": 4, "c": 3}]}, sort_keys=True))
print(json.dumps(collections.OrderedDict([("b", 1), ("a", 2)])))
print(json.dumps((1, (2, 3)), indent=1))
print(json.loads(json.dumps(doc, indent=4, sort_keys=True)) == doc)
print(json.dumps([[]] * 3), json.dumps({}), json.dumps([]), json.dumps(""), json.dumps({"": ""}))

# --- strings and surrogates
for v in ["é", "\u2028", "\U0001d11e", "\ud800", "\udfff", "a\ud834\udd1eb", "\ud834x"]:
    a = json.dumps(v)
    u = json.dumps(v, ensure_ascii=False)
    print(a, ascii(u), json.loads(a) == v, json.loads(u) == v)
for src in ['"\\ud800"', '"\\udc00"', '"\\ud834\\udd1e"', '"\\ud834\\ud834\\udd1e"', '"\\udd1e\\ud834"',
            '"\\ud834\\u0079"', '"\\u00e9\\u20ac\\uFFFF"', '"\\/\\b\\f\\n\\r\\t"']:
    print(src, ascii(json.loads(src)))
print(ascii(json.loads('["\u00e9", "\U0001d11e", "\ud800"]')))
print(json.dumps({"é": "ü", "\ud800": 1}), json.dumps({"é": "ü"}, ensure_ascii=False))
print(_json.encode_basestring_ascii('a"b\\\n\x7f é\ud800'), ascii(_json.encode_basestring('a"b\x01 é\ud800')))
show("encode_basestring(1)", lambda: _json.encode_basestring_ascii(1))

# --- numbers
print(json.dumps([1e16, 1e-5, 0.0001, 123.0, 1e22, 1.7976931348623157e308, 5e-324, 0.1 + 0.2, 1 / 3]))
print(json.loads("[1, -1, 0, -0, 1.0, -0.0, 1e5, 1E+5, 1.5e-5, 12345678901234567890123, 1e400, -1e400]"))
print(json.loads("3.14", parse_float=decimal.Decimal), json.loads("[7, 7.5]", parse_int=float, parse_float=str))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda c: "const:" + c))
show("nan allow_nan=False", lambda: json.dumps([float("nan")], allow_nan=False))
show("inf allow_nan=False", lambda: json.dumps({"k": float("inf")}, allow_nan=False))
show("-inf key allow_nan=False", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
print(json.dumps({float("inf"): 1, 1.5: 2, 2: 3, True: 4, None: 5, False: 6}))
show("big int", lambda: json.dumps(10**5000))
show("big int text", lambda: json.loads("1" * 5000))


class Color(enum.IntEnum):
    RED = 1


class Weight(float, enum.Enum):
    KG = 2.5


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


print(json.dumps([Color.RED, Weight.KG, MyInt(5), MyFloat(0.5), MyStr("s"), {Color.RED: MyStr("v"), MyInt(7): 1}]))

# --- default, skipkeys, key rules
print(json.dumps({"c": 1 + 2j}, default=lambda o: [o.real, o.imag]))
print(json.dumps([set()], default=sorted))
show("not serializable", lambda: json.dumps([1, {"a": object}]))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, "ok": 1, b"x": 2}, skipkeys=True))
show("unsortable", lambda: json.dumps({"a": 1, 1: 2}, sort_keys=True))
print(json.dumps({2: "b", 1: "a"}, sort_keys=True))

# --- circular references
lst = [1]
lst.append(lst)
show("circular list", lambda: json.dumps(lst))
dct = {}
dct["self"] = dct
show("circular dict", lambda: json.dumps(dct))
show("circular default", lambda: json.dumps(object(), default=lambda o: [o]))
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
show("check_circular=False", lambda: json.dumps(lst, check_circular=False))

# --- hooks
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"a": 1}', object_hook=dict.items, object_pairs_hook=tuple))
print(json.loads('{"a": 1, "a": 2}'))
keys = json.loads('[{"key": 1}, {"key": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
dec = json.JSONDecoder(strict=False)
print(repr(dec.decode('"a\nb\tc"')), dec.raw_decode('  [1, 2] tail', 2))
show("strict control", lambda: json.loads('"a\nb"'))

# --- decoding errors with positions
for bad in ['', '[', '[42', '[42,', '["', '["spam', '["spam"', '{', '{"', '{"spam"', '{"spam":',
            '{"spam":42', '{"spam":42,', '[42,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{a}', '[,1]',
            '[]]', '{}x', '"spam",42', 'nul', 'tru', '-', '-Infinit', '01', '1.', '1e', '[1.e5]',
            '"\\x"', '"\\u12"', '"\\u12g4"', '"\\ud834\\u12"', '"abc\\', '\n\n  [1,\n  2,,]',
            '["é", "ü", x]', '"\U0001d11e" x', '{"é":\n 1 2}']:
    show(repr(bad), lambda: json.loads(bad))
show("bytes", lambda: json.loads(b'[1, 2]'))
show("bytes utf16", lambda: json.loads('[1]'.encode('utf-16')))
show("not str", lambda: json.loads(1))
err = None
try:
    json.loads('{"a": tru}')
except json.JSONDecodeError as e:
    err = e
print(type(err).__mro__[1].__name__, err.msg, err.doc, err.pos, err.lineno, err.colno, err.args)

# --- the native functions directly
ss = _json.scanstring
show("scanstring", lambda: ss('"abc" tail', 1))
show("scanstring unicode", lambda: ss('x"é\\u00e9"y', 2))
show("scanstring end", lambda: ss('"abc"', 5))
show("scanstring oob", lambda: ss('"abc"', 6))
show("scanstring neg", lambda: ss('"abc"', -1))
show("scanstring kw", lambda: ss('"abc"', end=1))
show("scanstring bytes", lambda: ss(b'"abc"', 1))
show("scanstring strict", lambda: ss('"a\x01"', 1, False))


class Ctx:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = staticmethod(lambda s: s)
    memo = {}


scan = _json.make_scanner(Ctx())
print(type(scan).__name__, scan.strict, scan.parse_float, scan.parse_constant("x"))
show("scan", lambda: scan('  [1, "a", {"b": null}] x', 2))
show("scan stop", lambda: scan('[1]', 3))
show("scan stop inner", lambda: scan('[1, x]', 0))
show("scan neg", lambda: scan('[1]', -1))
show("scan type", lambda: scan(1, 0))
show("make_scanner(1)", lambda: _json.make_scanner(1))

enc = _json.make_encoder(None, lambda o: "D", _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)
print(type(enc).__name__, enc.markers, enc.indent, enc.key_separator, enc.sort_keys, enc.skipkeys)
show("encoder", lambda: enc([1, "é", {"k": object()}], 0))
ienc = _json.make_encoder({}, None, _json.encode_basestring, "  ", ": ", ",", True, False, True)
show("indent level", lambda: ienc({"b": [1], "a": 2}, 2))
show("bad markers", lambda: _json.make_encoder(1, None, None, None, ": ", ", ", False, False, False))
show("bad separator", lambda: _json.make_encoder(None, None, None, None, 1, ", ", False, False, False))
show("bad encoder result", lambda: _json.make_encoder(None, None, lambda s: 1, None, ":", ",", False, False, False)("x", 0))
print(_json.make_encoder(None, None, lambda s: "<" + s + ">", None, ":", ",", False, False, False)({"k": ["v"]}, 0))

# --- deep nesting
deep = json.loads("[" * 500 + "]" * 500)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print("depth", depth)
show("too deep array", lambda: json.loads("[" * 100000 + "]" * 100000))
show("too deep object", lambda: json.loads('{"a":' * 100000 + "1" + "}" * 100000))
nested = []
for _ in range(100000):
    nested = [nested]
show("too deep dumps", lambda: json.dumps(nested))
