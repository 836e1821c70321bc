foo(a b
)
