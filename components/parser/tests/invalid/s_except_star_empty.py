try:
 x
except* :
 y
