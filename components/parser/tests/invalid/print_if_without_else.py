print a if b c
