class A[*T=x y]: pass
