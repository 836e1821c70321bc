match command:
    case [x, y, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=yy) | Point(1, yy):
        pass
    case 1 | 2 as n if n > 1:
        pass
    case None:
        pass
    case _:
        pass
