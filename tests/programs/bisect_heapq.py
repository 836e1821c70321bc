# needs: stdlib
import bisect, heapq, _heapq, _bisect
print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right)
a = [1, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4, 1, 3), bisect.bisect_left(a, 2, lo=2))
print(bisect.bisect_left([(1,'a'),(3,'b')], 2, key=lambda p: p[0]))
b = []; [bisect.insort(b, x) for x in [5, 1, 4, 1, 3]]; print(b)
bisect.insort_left(b, 2); bisect.insort_right(b, (0, 'z'), key=lambda v: v[0]) if False else None; print(b)
c = [(3,'c'),(1,'a')]; c.sort(); bisect.insort(c, (2,'b'), key=lambda p: p[0]); print(c)
h = []
for x in [5, 3, 8, 1, 9, 2]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(len(h))])
h = [9, 4, 7, 1, 3]; heapq.heapify(h); print(h, heapq.heapreplace(h, 6), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3]))
print(heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
m = [1, 5, 3]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
for t in ['bisect.bisect_left(1, 2)', 'bisect.bisect_left([1], 2, -1)', 'bisect.bisect([1],2,0,5)', 'heapq.heappush(1, 2)', 'heapq.heappop([])', 'heapq.heapify(())', 'heapq.heapreplace([], 1)', 'heapq.heappush([])', 'bisect.bisect_left([1])', 'bisect.insort([1], 2, key=None, x=1)', 'heapq.heappop(1)', 'heapq._heappop_max([])', 'bisect.bisect_right([1,2], 1, hi=-1)', 'heapq.heappush([1], "a")', 'bisect.bisect_left([1], 1, y=2)', 'heapq.heappushpop((), 1)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
