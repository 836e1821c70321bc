# An uncaught error inside a generator expression consumed by a builtin, under a method call.
class Stats:
    def __init__(self, values):
        self.values = values
    def mean_inverse(self):
        return sum(1 / v for v in self.values) / len(self.values)

print(Stats([1, 2, 4]).mean_inverse())
print(Stats([1, 0]).mean_inverse())
