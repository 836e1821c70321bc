# Uncaught exception with notes and a multi-line caret range.
class Config:
    def __init__(self):
        self.values = {"a": 1}

def lookup(cfg, key):
    return cfg.values[key] + cfg.values["a"]

try:
    lookup(Config(), "b")
except KeyError as e:
    e.add_note("while looking up 'b'")
    e.add_note("second note")
    raise
