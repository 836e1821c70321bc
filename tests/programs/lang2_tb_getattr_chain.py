# Uncaught AttributeError on None from a chained call with carets.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
    def value(self):
        return 1

head = Node(Node())
print(head.next.value())
print(head.next.next.value())
