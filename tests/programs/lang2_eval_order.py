# Evaluation order: calls, dict displays, comparisons, subscripts, binops.
log = []
def t(name, v=None):
    log.append(name)
    return name if v is None else v

def f(*a, **k):
    return a, k

f(t("fn") and 1, t("a"), *[t("star")], k=t("kw"), **{t("dk"): t("dv")})
print(log); log.clear()
t("func", f)(t("arg1"), t("arg2"))
print(log); log.clear()
{t("k1"): t("v1"), t("k2"): t("v2"), **{t("k3"): t("v3")}}
print(log); log.clear()
t("a", 1) < t("b", 2) < t("c", 3)
print(log); log.clear()
t("a", 1) < t("b", 0) < t("c", 3)
print(log); log.clear()
t("obj", [1, 2])[t("idx", 0)]
print(log); log.clear()
t("l", 1) + t("r", 2) * t("rr", 3)
print(log); log.clear()
t("base", 2) ** t("exp", 3)
print(log); log.clear()
# assignment: RHS first, then targets left-to-right
d = {}
d[t("key", "k")] = t("value", 1)
print(log); log.clear()
x = [0, 0]
x[t("i", 0)], x[t("j", 1)] = t("v1", 5), t("v2", 6)
print(log, x); log.clear()
# conditional expression
t("yes") if t("cond", True) else t("no")
print(log); log.clear()
# list/tuple/set displays
[t("e1"), *[t("e2")], t("e3")]
print(log); log.clear()
# keyword arguments evaluate in order written even mixed with **
f(a=t("a"), **{"b": t("b")}, c=t("c"))
print(log); log.clear()
# method call: object, attribute, then arguments
class C:
    def __getattr__(self, n):
        log.append("getattr " + n)
        return lambda *a: a
t("obj", C()).meth(t("arg"))
print(log); log.clear()
# slice parts evaluated in order
t("seq", [1, 2, 3])[t("lo", 0):t("hi", 2):t("st", 1)]
print(log); log.clear()
# dict comprehension: key before value (3.8+)
{t("k" + str(i)): t("v" + str(i)) for i in range(2)}
print(log); log.clear()
# f-string parts left to right
f"{t('x')}{t('y')!r}{t('z'):>{t('w', 3)}}"
print(log); log.clear()
# augmented comparison with 'in' and 'is'
t("a", 1) in t("b", [1]) is not t("c", None)
print(log); log.clear()
# duplicate keyword error is raised after evaluating
try:
    f(**{"a": 1}, **{"a": t("second")})
except TypeError as e:
    print(log, e)
log.clear()
# lambda default values evaluated at definition
g = lambda p=t("default"): p
print(log, g()); log.clear()
# decorators evaluated top-down, applied bottom-up
def deco(name):
    log.append("eval " + name)
    def w(fn):
        log.append("apply " + name)
        return fn
    return w
@deco("A")
@deco("B")
def h(): pass
print(log)
