a[m b]
