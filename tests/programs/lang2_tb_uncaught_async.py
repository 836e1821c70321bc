# Uncaught exception from a coroutine driven by hand.
async def fetch(n):
    if n > 1:
        raise ConnectionError(f"fetch {n} failed")
    return n

async def main():
    results = []
    for i in range(3):
        results.append(await fetch(i))
    return results

coro = main()
coro.send(None)
