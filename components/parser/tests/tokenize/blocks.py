if x:
    y = 1  # c
        # deeper comment
    z = (
        2)
w = 3.5e-1j
