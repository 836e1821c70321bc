# needs: stdlib
# A class with a TypeVarTuple among its type parameters subscripts Generic
# with it unpacked.
class A[T, *Ts, **P]:
    pass
print(A.__type_params__, A.__orig_bases__)
print(A[int, str, bytes, [float]])
class B[*Ts]:
    pass
print(B.__orig_bases__, B[int, str])
