@a
@b.c
@d(e)
@f[g]
@(lambda x: x)
@h := i
def x(): pass
@j
async def y(): pass
