def f():
    async x
