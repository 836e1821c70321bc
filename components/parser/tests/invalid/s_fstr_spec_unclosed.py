f'{a:b'
