lambda x x
