with (a, b as c,
