# Uncaught exception with an explicit cause: both tracebacks and the joining line.
class ConfigError(Exception):
    pass

def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as exc:
        raise ConfigError("bad config value") from exc

load("twelve")
