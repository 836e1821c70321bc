match x:
    case 1:
        pass
    case 'a' | 'b':
        pass
    case [a, *rest]:
        pass
    case (a, b, *_):
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=0, y=y) as p:
        pass
    case Cls(a, b, c=d):
        pass
    case None | True | False:
        pass
    case -1 | 1.5 | 2+3j | -1-2j:
        pass
    case a.b.c:
        pass
    case _ if x > 1:
        pass
    case name:
        pass
    case [] | () | {}:
        pass
    case (x):
        pass
    case b'x' | 'a' 'b':
        pass
match a, b:
    case 1, 2: pass
match *a, b:
    case [*_]: pass
