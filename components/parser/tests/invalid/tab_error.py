def f(x):
	if x:
        pass
