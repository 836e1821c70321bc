# __del__: when it runs on refcount drop, resurrection runs it once, exceptions are reported as ignored, del of cycles members
import sys, gc
log = []
sys.unraisablehook = lambda u: print('unraisable:', type(u.exc_value).__name__, u.exc_value, u.err_msg, u.object.__qualname__)
class D:
    def __init__(self, name): self.name = name
    def __del__(self): log.append('del ' + self.name)
a = D('a')
del a
print(log)
b = D('b'); c = b
del b
print(log)
c = None
print(log)
keep = []
class Resurrect:
    def __del__(self):
        log.append('resurrect')
        keep.append(self)
r = Resurrect()
del r
print(log[-1], len(keep))
keep.clear()
print(log.count('resurrect'))
class Bad:
    def __del__(self):
        raise ValueError('in del')
def make_bad():
    x = Bad()
make_bad()
print('after bad')
def scope():
    local = D('local')
    return 1
scope()
print(log[-1])
L = [D('in-list')]
L.pop()
print(log[-1])
d = {'k': D('in-dict')}
d['k'] = 1
print(log[-1])
class Holder:
    def __init__(self): self.inner = D('attr')
h = Holder()
del h
print(log[-1])
def gen():
    x = D('gen-local')
    yield 1
    yield 2
g = gen(); next(g)
del g
print(log[-1])
class WithDelAttr:
    def __del__(self):
        print('finalizing, attribute still there:', self.v)
w = WithDelAttr(); w.v = 'yes'
w = None
t = D('tuple-held'),
t = None
print(log[-1])
