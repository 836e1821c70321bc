# An uncaught error deep in a method chain: every frame, carets under the failing part.
class Repo:
    def __init__(self):
        self.items = {"a": {"price": 3}}
    def price(self, key):
        return self.items[key]["price"]
    def total(self, keys):
        return sum(self.price(k) * self.qty(k) for k in keys)
    def qty(self, key):
        return {"a": 2}[key]

class Service:
    def __init__(self):
        self.repo = Repo()
    def report(self, keys):
        return f"total={self.repo.total(keys)}"

print(Service().report(["a"]))
svc = Service()
result = svc.report(
    ["a", "b"],
)
