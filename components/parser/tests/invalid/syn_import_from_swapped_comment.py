import a from b  # c
