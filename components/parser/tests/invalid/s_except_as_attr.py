try:
 x
except E as a.b:
 y
