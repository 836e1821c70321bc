'abc\
