class A: pass
class B(A, metaclass=M):
    '''doc'''
    x = 1
    def m(self): return self
@decorator
class C(object, *bases, **kw):
    pass
