# needs: stdlib
import sys, atexit
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 13), type(sys.version_info).__name__)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.int_max_str_digits, sys.flags.safe_path)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.getdefaultencoding(), sys.float_repr_style, sys.api_version, sys.platlibdir, sys.pycache_prefix)
print(sys.base_prefix == sys.prefix, sys.exec_prefix == sys.prefix)
print('json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names, len(sys.stdlib_module_names))
print(sys.getsizeof(1) > 0, sys.getsizeof(object(), 5) > 0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    int('1' * 1001)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('my.') else None)
sys.audit('my.event', 1, 'x')
print(events)
print(sys.is_finalizing())
def bye(*a, **k):
    print("atexit", a, k, sys.is_finalizing())
atexit.register(bye, 1, x=2)
atexit.register(print, "second registered runs first")
class Bad:
    def __call__(self):
        raise ValueError("in atexit")
    def __repr__(self):
        return "<Bad callback>"
atexit.register(Bad())
def unreg(): print("never")
atexit.register(unreg)
atexit.unregister(unreg)
print(atexit._ncallbacks())
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
raise KeyError("uncaught")
