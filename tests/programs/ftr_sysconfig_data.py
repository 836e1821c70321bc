# needs: stdlib
# runtimes: gil ft
# sysconfig's build-time data loads under either runtime: the free-threaded one
# asks for the 't' data module, which a GIL-built library lacks.
import os
import sys
import sysconfig

name = sysconfig._get_sysconfigdata_name()
print(name.startswith("_sysconfigdata_" + sys.abiflags + "_"))
data = __import__(name)
print(data.__name__ == name, sys.modules[name] is data)
print(type(data.build_time_vars).__name__)
print(isinstance(sysconfig.get_config_var("CFLAGS"), str))
print(sysconfig.get_config_var("abiflags") == sys.abiflags)
# The data describes the installed library: its paths exist.
stdlib = sysconfig.get_paths()["stdlib"]
print(os.path.samefile(stdlib, os.path.dirname(os.__file__)))
print(os.path.isfile(os.path.join(stdlib, "sysconfig", "__init__.py")))

# A name that is neither the 't' module nor any other data module is still absent.
try:
    __import__("_sysconfigdata_t_nosuchplatform_")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name)

import test.support
print(test.support.__name__)
