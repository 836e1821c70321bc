elif x:
    pass

y = o\s.name
