def _[_init__(self): pass
