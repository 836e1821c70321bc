try:
 x
except* E:
 y
except F:
 z
