# Uncaught user-defined exception with a custom __str__, module-qualified name.
class ConfigError(Exception):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"missing config key {self.key!r}"

class Outer:
    class NestedError(ValueError):
        pass

try:
    raise Outer.NestedError("nested class exception")
except ValueError as e:
    print(type(e).__qualname__, e)
raise ConfigError("timeout")
