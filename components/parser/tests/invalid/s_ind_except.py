try:
  x
except:
x
