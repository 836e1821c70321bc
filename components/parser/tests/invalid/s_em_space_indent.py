if x:
 pass
