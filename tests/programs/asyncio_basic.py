# needs: stdlib
import asyncio, socket

async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()

async def echo_pair():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b'hello over a socket pair\n')
    await w1.drain()
    line = await r2.readline()
    w2.write(line.upper())
    await w2.drain()
    back = await r1.readline()
    for w in (w1, w2):
        w.close()
        await w.wait_closed()
    return line, back

async def main():
    out = []
    results = await asyncio.gather(worker('b', 0.02, out), worker('a', 0.01, out), worker('c', 0.0, out))
    print(results, out)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('x', 0.01, out))
        t2 = tg.create_task(worker('y', 0.0, out))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('ok', 0.0, out))
            async def boom():
                raise ValueError('boom')
            tg.create_task(boom())
    except* ValueError as eg:
        print('TaskGroup raised', [str(e) for e in eg.exceptions])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError:
        print('timed out')
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    print(await asyncio.gather(producer(), consumer()))
    print(await echo_pair())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'future done')
    print(await fut)
    return 'main done'

print(asyncio.run(main()))
