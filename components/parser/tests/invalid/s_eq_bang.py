a =! b
