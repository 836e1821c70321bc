match = 1
case = 2
type = 3
_ = 4
match.x
match[1]
match(x)
type(x)
print(match, case)
