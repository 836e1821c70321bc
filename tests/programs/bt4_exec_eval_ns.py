# exec/eval with separate globals and locals, mapping locals, __builtins__ injection, return values and compile modes
g = {}
exec('x = 1\ny = x + 1', g)
print(sorted(k for k in g if k != '__builtins__'), '__builtins__' in g, g['y'])
l = {}
exec('a = 5\ndef f(): return a', {}, l)
print(sorted(l))
try:
    l['f']()
except NameError as e:
    print('NameError:', e)
class M(dict):
    def __missing__(self, k):
        return 'missing-' + k
print(eval('foo', {}, M()), eval('len', {}, M()), eval('[foo for _ in range(1)]', {}, M()) if False else '')
class Mapping:
    def __getitem__(self, k):
        if k == 'z': return 26
        raise KeyError(k)
    def keys(self): return ['z']
print(eval('z * 2', {}, Mapping()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: eval('1 +'))
t(lambda: eval('x = 1'))
t(lambda: exec('return 1'))
t(lambda: eval(compile('1 + 1', '<s>', 'eval')))
t(lambda: exec(compile('1 + 1', '<s>', 'eval')))
t(lambda: eval(compile('y = 3', '<s>', 'exec')))
t(lambda: compile('a = 1\nb = 2', '<s>', 'single'))
t(lambda: eval(compile('5', '<s>', 'single')))
t(lambda: eval('__builtins__ is not None', {'__builtins__': {}}))
t(lambda: eval('len([1])', {'__builtins__': {}}))
t(lambda: eval('len([1])', {'__builtins__': {'len': lambda x: 'fake'}}))
t(lambda: eval(b'1 + 2'))
t(lambda: eval(' 3 '))
t(lambda: eval('\t4'))
t(lambda: eval('1\n'))
t(lambda: eval('x', {'x': 'global'}, {'x': 'local'}))
t(lambda: eval('x', {'x': 'global'}))
t(lambda: exec('print("exec prints")', {}))
t(lambda: eval('1', None, None))
t(lambda: eval('[x for x in range(3)]', {}))
ns = {}
exec('import math as m\nres = m.floor(2.5)', ns)
print(ns['res'], type(ns['m']).__name__)
