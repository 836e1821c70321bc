lambda x,: x,
1 1
