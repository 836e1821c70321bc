def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('v') from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    show(e)
try:
    raise KeyError('k') from ValueError
except KeyError as e:
    show(e)
try:
    raise KeyError('k') from 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise object
except TypeError as e:
    print('TypeError:', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def reraise():
    try:
        raise KeyError('inner')
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
e = ValueError('x')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print('TypeError:', te)
e.__notes__ = 'bad'
try:
    e.add_note('n')
except TypeError as te:
    print('TypeError:', te)
def gen_ctx():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as v:
            return v
v = gen_ctx()
print(repr(v.__context__), repr(v.__context__.__context__))
try:
    try:
        raise TypeError('a')
    finally:
        print('finally runs')
except TypeError as e:
    print('caught', e)
def cycle():
    a = ValueError('a')
    b = KeyError('b')
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as again:
            return again
r = cycle()
print(repr(r), repr(r.__context__), r.__context__.__context__ is None)
e3 = Exception('with tb')
print(e3.with_traceback(None) is e3)
try:
    e3.with_traceback(5)
except TypeError as te:
    print('TypeError:', te)
x = 'before'
try:
    raise ValueError('scoped')
except ValueError as x:
    pass
try:
    print(x)
except NameError as ne:
    print('NameError:', ne)
