try:
 x
except E as f():
 y
