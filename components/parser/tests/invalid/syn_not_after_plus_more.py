3 + not 3 + 1
