# Identifiers: NFKC normalization, non-ASCII names, soft keywords as names, invalid characters.
ﬁle = "ligature normalized"
print(file)
ℌello = 1
print(Hello)
café = "accented"
print(café, "café" in globals())
Σ = sum
print(Σ([1, 2]))
π = 3.14159
def 函数(参数):
    return 参数 * 2
print(函数(21), 函数.__name__)
class Ωmega:
    ατρ = "greek attr"
print(Ωmega.ατρ, Ωmega.__name__)

# normalization applies to attribute names and keywords too
class N:
    pass
n = N()
n.ﬁeld = 5
print(n.field, vars(n))
def kw(ﬁrst=0):
    return first
print(kw(first=3), kw.__code__.co_varnames)

# getattr with the unnormalized string does not normalize
try:
    getattr(n, "ﬁeld")
except AttributeError as e:
    print("AttributeError:", e)

# soft keywords as ordinary names
match = 1
case = 2
_ = 3
type = 4
print(match + case + _ + type)
del type
def match(case):
    return case
print(match(case=5))

# invalid identifiers and characters
for src in ["a€ = 1", "1abc = 2", "x = 1\u00a0+ 1", "€", "a$b", "def f(): return ~`", "x = 5 @", "ab\u200bc = 1",
            "🐍 = 1", "x = 'ok' # 🐍 comment fine", "x\u0301 = 1", "\u0301x = 1"]:
    try:
        compile(src, "<id>", "exec")
        print("compiled:", ascii(src))
    except SyntaxError as e:
        print(ascii(src), "->", e.msg, e.offset)

# str.isidentifier agrees with the parser on these
for s in ["ﬁle", "café", "1a", "a1", "_", "€", "x\u0301", "\u0301x", "", "if", "None"]:
    print(ascii(s), s.isidentifier())

# keywords cannot be assigned; soft ones can
import keyword
print(len(keyword.kwlist) > 30, sorted(keyword.softkwlist))
for src in ["None = 1", "True = 1", "if = 1", "async = 1", "await = 1", "_ = 1", "case = 1"]:
    try:
        compile(src, "<kw>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
