# The native _statistics module: the inverse normal CDF that
# statistics.NormalDist.inv_cdf uses when it is importable.
import _statistics
import statistics

f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__)
for p in (0.5, 0.1, 0.9, 0.3, 0.975, 0.025, 1e-5, 1 - 1e-5, 1e-20, 1e-300):
    print(p, repr(f(p, 0.0, 1.0)))
print(repr(f(0.75, 100, 15)))
print(repr(f(0.2, -3, 0.5)))
print(repr(f(0.01, 5, 2)), repr(f(1e-30, 5, 2)), repr(f(0.999, -1, 0.25)))
# the central, near-tail and far-tail branches agree with the pure-Python copy
for p in (0.07, 0.5, 0.93, 1e-8, 0.99999999):
    print(f(p, 2.0, 3.0) == statistics._normal_dist_inv_cdf.__call__(p, 2.0, 3.0))
print(statistics.NormalDist(10, 2).inv_cdf(0.8))
for bad in ((0.5, 0.0), (0.5, 0.0, 1.0, 2.0), ("x", 0.0, 1.0)):
    try:
        f(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    f(p=0.5, mu=0.0, sigma=1.0)
except TypeError as e:
    print("TypeError", e)
