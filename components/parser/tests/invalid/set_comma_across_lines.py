{a
 b}
