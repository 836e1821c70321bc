x(na'g', y)
