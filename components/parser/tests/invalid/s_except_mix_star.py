try:
 x
except:
 y
except* E:
 z
