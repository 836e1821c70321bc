match y:
 case e(e=v,v,w,x=1):
  pass
