x = 'abc
def'
