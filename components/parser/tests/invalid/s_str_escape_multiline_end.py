'a\
bcdefghijk\x1'
