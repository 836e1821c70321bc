\
def fib(n):
    \
"""Doc."""
    \
a, b = 0, 1
\
pass
        \

pass
