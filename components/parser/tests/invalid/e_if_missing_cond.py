if : pass
