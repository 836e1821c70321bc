# __class__ assignment between ModuleType and its subclasses, both ways, and
# refused for a subclass with __slots__ (their layouts differ).
import types
class SM(types.ModuleType):
    __slots__ = ('a',)
class M2(types.ModuleType):
    pass
m = types.ModuleType('m')
try:
    m.__class__ = SM
    print('ok', type(m).__name__)
except TypeError as e:
    print('TypeError:', e)
s = SM('s')
s.a = 1
try:
    s.__class__ = M2
    print('ok', type(s).__name__)
except TypeError as e:
    print('TypeError:', e)
x = M2('x'); x.__class__ = types.ModuleType; print(type(x).__name__); del x
y = types.ModuleType('y'); y.__class__ = M2; y.__class__ = types.ModuleType; print(type(y).__name__); del y
