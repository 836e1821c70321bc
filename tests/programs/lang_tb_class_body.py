# Uncaught exception in a class body nested in a function, and in a lambda.
def make():
    class Config:
        defaults = {"a": 1}
        value = (lambda d: d["missing"])(defaults)
    return Config

make()
