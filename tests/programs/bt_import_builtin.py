m = __import__('math')
print(m.__name__, m.sqrt(16))
os_path = __import__('os.path')
print(os_path.__name__)
p = __import__('os.path', fromlist=['join'])
print(p.__name__ in ('posixpath', 'ntpath'))
c = __import__('collections', globals(), locals(), ['OrderedDict'], 0)
print(c.__name__, hasattr(c, 'OrderedDict'))
try:
    __import__('no_such_module_bt')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    __import__('')
except ValueError as e:
    print('ValueError:', e)
try:
    __import__('math', level=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    __import__('.relative', globals(), level=1)
except (ImportError, KeyError, TypeError) as e:
    print(type(e).__name__ + ':', e)
try:
    __import__(b'math')
except TypeError as e:
    print('TypeError:', e)
import importlib
print(importlib.import_module('json').__name__)
try:
    from json import nonexistent_name
except ImportError as e:
    print('ImportError:', e, e.name)
import sys
print('math' in sys.modules, sys.modules['math'] is m)
