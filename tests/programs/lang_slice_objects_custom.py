# Custom sequences handling slices, negative indices and extended slices.
class Range:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(self.n))]
        if k < 0:
            k += self.n
        if not 0 <= k < self.n:
            raise IndexError("Range index out of range")
        return k * k
r = Range(6)
print(r[2], r[-1], r[1:4], r[::-2], r[-3:], r[:100], list(r)[:3])
try:
    r[6]
except IndexError as e:
    print("IndexError:", e)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3))
class Grid:
    def __getitem__(self, k):
        rows, cols = k
        return f"rows={rows} cols={cols}"
g = Grid()
print(g[1:2, ::3], g[..., 0], g[:, 1])
class Recorder:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
rec = Recorder()
rec[1:2] = "x"
rec[::2, 5] = "y"
del rec[-1:]
