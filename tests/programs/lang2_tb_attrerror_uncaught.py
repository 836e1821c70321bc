# Uncaught AttributeError with suggestion and carets on a chained access.
class Config:
    def __init__(self):
        self.settings = {"debug": True}
        self.verbose = False

def read(cfg):
    return cfg.setings["debug"]

read(Config())
