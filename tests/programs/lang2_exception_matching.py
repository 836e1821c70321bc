# except clause matching: tuples, nested tuples, non-class types, order.
def match(exc, clause):
    try:
        raise exc
    except clause:
        return "caught"
    except BaseException as e:
        return "escaped " + type(e).__name__
print(match(KeyError(), LookupError))
print(match(KeyError(), (ValueError, (TypeError, KeyError))))
print(match(KeyError(), ()))
try:
    match(KeyError(), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    match(KeyError(), (ValueError, "str"))
except TypeError as e:
    print("TypeError:", e)
# non-matching invalid class in except is not evaluated if an earlier clause matches
try:
    raise ValueError
except ValueError:
    print("first matched")
except undefined_name:
    pass
# except expression evaluated lazily only when reached
log = []
def cls(c):
    log.append(c.__name__)
    return c
try:
    raise TypeError
except cls(ValueError):
    pass
except cls(TypeError):
    pass
except cls(KeyError):
    pass
print(log)
# catching a subclass by its base in a tuple
class MyErr(ArithmeticError): pass
try:
    raise MyErr("x")
except (ZeroDivisionError, ArithmeticError) as e:
    print("caught", type(e).__name__)
# BaseException catch-all vs Exception
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit, ValueError):
    try:
        try:
            raise exc
        except Exception:
            print(exc.__name__, "caught by Exception")
    except BaseException:
        print(exc.__name__, "needs BaseException")
# bare except catches everything
try:
    raise SystemExit(5)
except:
    print("bare except caught SystemExit")
# metaclass __subclasscheck__ does affect except matching
class Meta(type):
    def __subclasscheck__(cls, sub):
        return True
class Anything(Exception, metaclass=Meta): pass
try:
    raise KeyError
except Anything:
    print("caught by __subclasscheck__")
except KeyError:
    print("metaclass ignored")
