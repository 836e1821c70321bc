# Uncaught ZeroDivisionError message for float division and modulo.
def ratio(a, b):
    return a / b
try:
    ratio(1.0, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(e)
ratio(1, 0)
