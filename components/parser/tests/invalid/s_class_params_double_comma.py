class A[T,,]: pass
