'a'
"b"
'''c
d'''
r'\n'
b'\x00\xff'
u'x'
'a' 'b' "c"
'\n\t\\\''
'\x41\u0042\U00000043'
'\101'
"it's"
'say "hi"'
'both \' and "'
rb'\d'
BR'x'
'é'
'\N{DEGREE SIGN}'
'tab\there'
