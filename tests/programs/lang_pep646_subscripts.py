# Starred expressions in subscripts (PEP 646) and tuple keys.
class Show:
    def __getitem__(self, k):
        return k
s = Show()
t = (1, 2)
print(s[*t], s[0, *t], s[*t, 3], s[*t,])
print(s[1:2, *t], s[*[], 5])
def f(*args: *tuple[int, ...]):
    return args
print(f(1, 2), f.__annotations__)
d = {}
d[*t] = "tuple key"
print(d)
try:
    compile("s[*t] = 1", "s", "exec")
    print("compiled starred store")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("s[**t]", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
