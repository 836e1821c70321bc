with a
