# An indented first statement: the report shows the line without carets.
x = 1
  y = 2
