class A(a[0] := c): pass
