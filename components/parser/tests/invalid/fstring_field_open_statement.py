f'{
#

if x:
  y
