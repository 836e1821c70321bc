name = "w"
s = f"hi {name!r:>10} {1 + 2=}"
b = rb"\d" + b"x"
