f'{yield from}'
