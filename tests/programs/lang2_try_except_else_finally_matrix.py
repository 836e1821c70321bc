# All combinations of exception/no exception with except/else/finally, traced.
def run(raise_in_try, raise_in_except, raise_in_else):
    log = []
    try:
        try:
            log.append("try")
            if raise_in_try:
                raise ValueError("try")
        except ValueError:
            log.append("except")
            if raise_in_except:
                raise KeyError("except")
        else:
            log.append("else")
            if raise_in_else:
                raise IndexError("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append(f"outer caught {type(e).__name__} ctx={type(e.__context__).__name__ if e.__context__ else None}")
    return log
for t in (False, True):
    for x in (False, True):
        for el in (False, True):
            print(t, x, el, run(t, x, el))
