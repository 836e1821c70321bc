# needs: stdlib
# Pure-Python standard-library modules that import and work on pyk today.
import abc, collections, functools, weakref, types, keyword, bisect, heapq, colorsys, __future__
print(keyword.iskeyword("for"), bisect.bisect([1, 3, 5], 4), heapq.nsmallest(2, [5, 1, 4]))
print(collections.OrderedDict(a=1), collections.namedtuple("P", "x y")(1, 2), collections.Counter("abca").most_common(1))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(pow, 2)(10))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Impl(Base):
    def run(self):
        return "ran"
print(Impl().run(), isinstance(Impl(), Base), types.SimpleNamespace(a=1))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
