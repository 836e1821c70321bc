# except* control flow: handlers run once each, else/finally, return inside handlers forbidden.
log = []
def f(exc):
    try:
        raise exc
    except* ValueError:
        log.append("V")
    except* TypeError:
        log.append("T")
    finally:
        log.append("finally")
f(ExceptionGroup("g", [ValueError(), ValueError(), TypeError()]))
print(log); log.clear()
for src in ["try:\n    pass\nexcept* ValueError:\n    break\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# loop inside an except* handler may use break
try:
    raise ExceptionGroup("g", [KeyError(1)])
except* KeyError:
    for i in range(5):
        if i == 2:
            break
    print("loop in handler broke at", i)
# raising in one handler while another also matches
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        log.append("T handler still runs")
except ExceptionGroup as eg:
    print(log, [type(e).__name__ for e in eg.exceptions])
