f'{+ lambda:None}'
