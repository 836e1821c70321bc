x = [aaaaaa, bbbbbbbb
     ccccccccccccccccccccccccccc]
