try:
 x
except E, F:
 y
