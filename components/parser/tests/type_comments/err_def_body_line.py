def f(): pass  # type: int
