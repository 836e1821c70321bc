# PEP 701 f-strings: reused quotes, backslashes, comments and deep nesting.
songs = ["Take me back", "Beautiful world"]
print(f"Playlist: {", ".join(songs)}")
print(f"{'\t'.join(['a', 'b'])!r}")
print(f"{"\N{BLACK STAR}"} {"nested \"quotes\""}")
print(f"{f"{f"{f"{f"{1 + 1}"}"}"}"}")
x = 10
print(f"{x:{"^"}{f"{x}"}}|")
print(f"{  # comment
    x * 2  # another
}")
print(f'{"""triple"""}', f"{'''t'''}")
d = {"k": {"n": "deep"}}
print(f"{d["k"]["n"]}", f"{d['k']['n'].upper()}")
lines = ["x", "y"]
print(f"{"\n".join(lines)}")
print(f"{[f"{v}{v}" for v in "ab"]}")
print(f"{'=':=^9}", f"{x = :#06x}")
