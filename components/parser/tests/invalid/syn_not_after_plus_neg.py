3 + not -1
