a[m b
