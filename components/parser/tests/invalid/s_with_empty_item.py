with a, : pass
