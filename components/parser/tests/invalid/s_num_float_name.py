1.5abc
