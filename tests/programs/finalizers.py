# __del__: runs when the last reference goes, once (resurrection), list items last to first, __main__ globals cleared at exit.
class Del:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = Del(1); del d
print("after 1")
def f():
    x = Del(2)
    return 5
print(f())
keep = []
class Res:
    def __del__(self):
        print("resurrect"); keep.append(self)
r = Res(); del r
print(len(keep)); keep.clear()
print("cleared")
print("end")
l = [Del(3), Del(4)]
l = None
x = Del(5)
_private = Del(6)
t = (Del(7), Del(8))
