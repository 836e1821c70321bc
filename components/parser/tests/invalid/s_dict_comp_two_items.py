{a: b, c: d for x in z}
