# needs: stdlib
# Source files declaring a CJK encoding (PEP 263) run, import and compile
# as in CPython, and bytes their codec cannot decode are reported as
# CPython reports them (a script: "encoding problem"; compile() and
# import: the codec's message about the whole file).
import os
import subprocess
import sys
import tempfile
import tokenize

SOURCES = {
    "euc_jp": "表示 = '日本語のテキスト'\nprint(表示, ascii(表示))\n",
    "shift_jis": "# 表示のコメント\ns = '表示\\\\ソ'\nprint(s, len(s))\n",
    "cp932": "print('①ⅱ～', len('①ⅱ～'))\n",
    "gbk": "变量 = '中文測試'\nprint(变量)\n",
    "gb2312": "print('中文')\n",
    "gb18030": "print(ascii('€\U0001F600'))\n",
    "big5": "print('許功蓋')\n",
    "big5hkscs": "print(ascii('\u00ca\u0304'))\n",
    "euc_kr": "이름 = '한국어'\nprint(이름)\n",
    "cp949": "print('똠방각하')\n",
    "johab": "print('한글')\n",
    "euc_jis_2004": "print(ascii('か\u309a'))\n",
    "iso2022_jp": "print('日本語')\nprint('abc')\n",
    "hz": "print('中文')\n",
}

with tempfile.TemporaryDirectory() as tmp:
    def run(path):
        p = subprocess.run([sys.executable, path], capture_output=True, text=True)
        for line in (p.stdout + p.stderr).replace(tmp, "{TMP}").splitlines():
            print("   ", line)
        print("    status", p.returncode)

    for i, (enc, body) in enumerate(SOURCES.items()):
        path = os.path.join(tmp, f"src_{i}.py")
        # The declaration on the first line, or on the second after a
        # comment line.
        head = f"# -*- coding: {enc} -*-\n" if i % 2 == 0 else f"#!/usr/bin/env python3\n# vim: set fileencoding={enc} :\n"
        with open(path, "wb") as f:
            f.write(head.encode("ascii") + body.encode(enc))
        print(enc)
        # A few run as scripts; all are imported (compile's path).
        if enc in ("euc_jp", "shift_jis", "iso2022_jp"):
            run(path)
        sys.path.insert(0, tmp)
        __import__(f"src_{i}")
        with tokenize.open(path) as f:
            print("    tokenize:", f.encoding, f.read() == head + body)

    BAD = {
        "illegal_euc_jp": b"# -*- coding: euc-jp -*-\nx = '\xa4\xa2'\ny = '\xff\xfe'\n",
        "illegal_comment": b"# coding: shift_jis\nx = 1\n# \xa0\n",
        "illegal_gbk": b"# coding=gbk\n\nprint('\x80')\n",
        "cut_euc_jp": b"# -*- coding: euc-jp -*-\nx = 1\ny = '\xa4",
        "cut_big5": b"# coding: big5\nx = 1\ny = '\xa4\xa4\xa4",
        "bad_escape": b"# coding: iso2022_jp\nx = '\x1b(Z'\n",
        # Past the reader's first 8 KB chunk (one of them cut inside a
        # character): the tokenizer's error, at the last line it read.
        "late_error": b"# -*- coding: euc-jp -*-\n" + "s = 'ああああ'\n".encode("euc_jp") * 1000 + b"t = '\xff'\n",
    }
    for name, data in BAD.items():
        path = os.path.join(tmp, name + ".py")
        with open(path, "wb") as f:
            f.write(data)
        print(name)
        if name in ("illegal_euc_jp", "cut_euc_jp", "bad_escape", "late_error"):
            run(path)
        try:
            compile(data, "<bytes>", "exec")
        except SyntaxError as e:
            print("    compile:", e.args)
        try:
            __import__(name)
        except SyntaxError as e:
            print("    import:", e.msg, (os.path.basename(e.filename), e.lineno, e.offset, e.text))
