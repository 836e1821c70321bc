# Strings: literals, concatenation, methods, formatting, comparisons.
s = "Hello"
t = 'world'
print(s + ", " + t + "!", s * 2, len(s), s[0], s[-1])
print(repr(s), repr("it's"), repr('say "hi"'), repr("tab\there\n"))
print(s.upper(), t.lower(), "  pad  ".strip(), "a,b,,c".split(","), " x  y ".split())
print("-".join(["a", "b", "c"]), "abc".replace("b", "B"), "abc".startswith("ab"), "abc".endswith("bc"))
print("ab" < "b", "abc" == "abc", "a" in "cat", "z" not in "cat")
n = 42
print(f"n={n}, hex={n:x}, padded={n:05d}, left={n:<4}|, center={'x':^5}|, repr={s!r}")
for ch in "héllo":
    print(ch, end=".")
print()
print(str(12), str(1.5), str(None), str(True), str([1, "a"]))
