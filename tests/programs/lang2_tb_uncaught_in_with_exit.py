# Uncaught exception raised by __exit__ while another exception propagates.
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("cleanup failed")

with Resource():
    raise ValueError("work failed")
