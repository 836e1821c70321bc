# A coroutine dropped without being awaited: CPython's RuntimeWarning, once per location.
async def job(n):
    return n
def make():
    job(1)
make()
for i in range(3):
    job(i)
c = job(5); c.close()
async def main():
    job(9)
    return 1
try:
    main().send(None)
except StopIteration as e:
    print("main", e.value)
print("end")
