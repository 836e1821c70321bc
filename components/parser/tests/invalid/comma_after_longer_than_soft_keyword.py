[types y]
