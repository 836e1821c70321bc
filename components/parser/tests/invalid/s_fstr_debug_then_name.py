f'{a=b}'
