if x:
    match y:
        # c
