# Uncaught AttributeError with a suggestion, raised in a method call chain.
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self):
        return "".join(self.parts)

result = Builder().add("a").add("b").buidl()
