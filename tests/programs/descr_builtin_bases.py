# Builtin classes with two bases report both in __bases__ and appear in both
# bases' __subclasses__().
import io
print(ExceptionGroup.__bases__, ExceptionGroup.__base__)
print(io.UnsupportedOperation.__bases__)
print(ExceptionGroup in Exception.__subclasses__(), io.UnsupportedOperation in ValueError.__subclasses__())
print(ExceptionGroup.__mro__)
