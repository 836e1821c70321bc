lambda a,  # type: int
: 0
