f'{a:b
}'
f'{a!r:b
}'
f'{a:
}'
f'''{a:b
}'''
f'{a:{{b}}c}'
f'{a:b\
}'
f'{a:\N{EN DASH}}'
f'{a
}'
