# try/finally with return, break, continue interplay.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows_exception())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            out.append("f")
            continue
    return out
print(continue_in_finally())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())

def rebinding_in_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(rebinding_in_finally())

def nested_finally_order():
    log = []
    try:
        try:
            try:
                return log
            finally:
                log.append("inner")
        finally:
            log.append("middle")
    finally:
        log.append("outer")
print(nested_finally_order())

def loop_break_runs_finally():
    log = []
    while True:
        try:
            log.append("body")
            break
        finally:
            log.append("finally")
    log.append("after")
    return log
print(loop_break_runs_finally())

def continue_runs_finally():
    log = []
    for i in range(2):
        try:
            continue
        finally:
            log.append(i)
    return log
print(continue_runs_finally())

def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(exception_in_finally_replaces())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = generator_finally()
print(next(g))
g.close()

def else_and_finally(flag):
    log = []
    try:
        if flag:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
        return log
    finally:
        log.append("finally")
    log.append("end")
    return log
print(else_and_finally(True), else_and_finally(False))

def return_in_except_with_finally():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("cleanup")
print(return_in_except_with_finally())

def for_else_finally():
    for i in range(2):
        try:
            pass
        finally:
            pass
    else:
        return "else ran"
print(for_else_finally())

# with-statement inside loop with break: __exit__ runs
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
for i in range(3):
    with CM():
        if i == 1:
            break
print("i =", i)
