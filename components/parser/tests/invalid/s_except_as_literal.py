try:
 x
except E as 1:
 y
