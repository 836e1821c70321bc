f'{a!r'
