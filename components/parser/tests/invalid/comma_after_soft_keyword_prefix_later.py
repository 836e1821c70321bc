a[m b c]
