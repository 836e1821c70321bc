# The compiler's type parameter check is reported with the line and caret.
x = 1
class Table[K = str, V]:
    pass
