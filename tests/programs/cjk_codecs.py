# needs: stdlib
# The CJK multibyte codecs: one-shot encode/decode per family, the error
# handlers and the exceptions' positions, incremental and stream use.
import codecs
import io

TEXT = {
    "euc_jp": "日本語のテキスト、ｶﾀｶﾅ",
    "shift_jis": "日本語のテキスト、ｶﾀｶﾅ",
    "cp932": "①②ⅰ～日本",
    "euc_jis_2004": "か\u309aと𠀋",
    "shift_jis_2004": "か\u309aと𠀋",
    "euc_jisx0213": "か\u309a",
    "shift_jisx0213": "か\u309a",
    "gb2312": "中文测试",
    "gbk": "中文測試丂",
    "gb18030": "中文€\u0080\U0001F600\uffff",
    "big5": "中文測試",
    "cp950": "中文測試€",
    "big5hkscs": "中文\u00ca\u0304\U00020021",
    "euc_kr": "한국어 텍스트\uac02",
    "cp949": "한국어\uac02똠",
    "johab": "한국어\uac02",
    "hz": "中文~ascii",
    "iso2022_jp": "日本語\xa5abc",
    "iso2022_jp_1": "日本語\u4e02",
    "iso2022_jp_2": "日本語한국",
    "iso2022_jp_2004": "か\u309a𠀋",
    "iso2022_jp_3": "か\u309a",
    "iso2022_jp_ext": "ｱｲｳ日本",
    "iso2022_kr": "한국어\nabc",
}
for name, text in TEXT.items():
    b = text.encode(name)
    back = b.decode(name)
    print(name, b, back == text, codecs.lookup(name).name)

# Aliases go through the encodings package.
print("x\u3042".encode("EUC-JP"), "x\u3042".encode("sjis"), "한".encode("ks_c-5601"))

# Errors while decoding: positions and reasons.
for name, data in [
    ("euc_jp", b"ab\xff\xfecd"),
    ("euc_jp", b"ab\xa4"),
    ("shift_jis", b"\x81\x20x"),
    ("gbk", b"\x81"),
    ("gb18030", b"\x81\x30\x81"),
    ("gb18030", b"\x81\x30\x20\x30"),
    ("big5", b"\xa1\x30"),
    ("euc_kr", b"\xa4\xd4\xa4\xa1"),
    ("iso2022_jp", b"\x1b$B$\x80"),
    ("iso2022_jp", b"\x1b(Z"),
    ("hz", b"~{\x80"),
]:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(name, data, e.start, e.end, e.reason, "|", e)
    for errors in ("ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            print("  ", errors, ascii(data.decode(name, errors)))
        except UnicodeDecodeError as e:
            # surrogateescape takes bytes from 0x80 only.
            print("  ", errors, "UnicodeDecodeError", e.start, e.end)

# Errors while encoding.
for name, text in [("euc_jp", "a\u20acb\u20ac"), ("gb2312", "\U0001F600x"), ("big5", "€"), ("iso2022_jp", "aé日"), ("iso2022_kr", "가é")]:
    try:
        text.encode(name)
    except UnicodeEncodeError as e:
        print(name, ascii(text), e.start, e.end, e.reason, "|", e)
    for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        print("  ", errors, text.encode(name, errors))

# A custom handler: its replacement is encoded by the codec itself; bytes
# go in as they are; its position may move forward or back.
def handler(e):
    if isinstance(e, UnicodeEncodeError):
        return ("[日]" if e.start < 2 else b"<b>", e.end)
    return ("\u3013", min(e.end + 1, len(e.object)))

codecs.register_error("cjk-test", handler)
print("a€b€c".encode("euc_jp", "cjk-test"))
print(b"a\xff\xfeb\xa4".decode("euc_jp", "cjk-test"))
codecs.register_error("cjk-bad", lambda e: "oops")
for call in (lambda: "€".encode("gbk", "cjk-bad"), lambda: b"\xff".decode("gbk", "cjk-bad"),
             lambda: "€".encode("gbk", "no-such-handler"), lambda: "€".encode("gbk", 1)):
    try:
        call()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
codecs.register_error("cjk-far", lambda e: ("?", 99))
try:
    b"\xff".decode("euc_jp", "cjk-far")
except IndexError as e:
    print("IndexError", e)

# Incremental use: a sequence split between calls waits for its end.
dec = codecs.getincrementaldecoder("shift_jis")()
data = "あいうえお".encode("shift_jis")
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.getstate())
print(ascii(dec.decode(b"\x82")), dec.getstate())
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("final:", e)
dec.reset()
print(dec.getstate(), dec.decode(b"\x82\xa0"))
enc = codecs.getincrementalencoder("euc_jis_2004")()
print(enc.encode("か"), enc.getstate(), enc.encode("\u309a"), enc.encode("か"), enc.encode("", final=True))
enc = codecs.getincrementalencoder("iso2022_jp")()
print(enc.encode("日"), enc.encode("本"), enc.encode("a"), enc.encode("語", final=True))
print(list(codecs.iterdecode([b"\xa4", b"\xa2\xa4", b"\xa4"], "euc_jp")))
print(b"".join(codecs.iterencode(["日", "本", "a"], "iso2022_jp")))
print(type(enc).__mro__[1].__name__, type(dec).__mro__[1].__name__, enc.errors)

# Streams.
raw = io.BytesIO("一行目\n二行目\n三行目".encode("gbk"))
reader = codecs.getreader("gbk")(raw)
print(reader.readline(), reader.read(1), reader.readlines())
out = io.BytesIO()
writer = codecs.getwriter("iso2022_jp")(out)
writer.write("日本")
writer.writelines(["a", "語"])
writer.reset()
print(out.getvalue())
with io.TextIOWrapper(io.BytesIO(), encoding="euc_jp") as f:
    f.write("テキスト\n")
    f.flush()
    f.seek(0)
    print(f.read(), f.buffer.getvalue())

import _multibytecodec, _codecs_jp
c = _codecs_jp.getcodec("euc_jp")
print(type(c).__name__, c.encode("日"), c.decode(b"\xc6\xfc"), c.encode(b"x"))
try:
    _codecs_jp.getcodec("gbk")
except LookupError as e:
    print("LookupError", e)
