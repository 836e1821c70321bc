# method-wrapper objects (a builtin object's bound slot methods) compare equal
# when bound to the same object with the same slot, and hash accordingly.
l = []
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ != [].__add__, l.__add__ == l.__mul__)
try:
    l.__add__ < l.__add__
except TypeError as e:
    print("TypeError:", e)
print(l.__add__.__name__, l.__add__.__self__ is l, l.__add__.__objclass__, l.__add__.__doc__ == list.__add__.__doc__)
print(hash(l.__add__) == hash(l.__add__), {l.__add__: 1}[l.__add__])
o = object()
print(o.__str__ == o.__str__, o.__str__ == o.__repr__)
