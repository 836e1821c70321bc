r'abc
