.a
