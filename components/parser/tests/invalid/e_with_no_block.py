with x:
