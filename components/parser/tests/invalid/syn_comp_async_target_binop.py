[x async for a+1 in y]
