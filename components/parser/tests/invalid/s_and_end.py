a and
