# The gc module's interface (collection itself comes with a collector
# component; reference counting has freed these objects already).
import gc
import weakref

print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(700, 5)
print(gc.get_threshold())
gc.set_threshold(2000, 10, 10)
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
print(sorted(gc.get_referents([1, 'a'], (2,), {3: 'v'}), key=repr))
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}))
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, sorted(info))))
class C: pass
c = C(); r = weakref.ref(c); del c
gc.collect()
print(r() is None, seen)
gc.callbacks.clear()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]), gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.get_debug())
