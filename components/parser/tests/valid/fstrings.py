f'a{b}c'
f'{x!r}'
f'{x:>10}'
f'{x:{w}.{p}}'
f'{x=}'
f'{x = !s:^5}'
f'{{}}'
f'a' 'b' f'{c}'
f"{'nested'}"
f'{f"{x}"}'
f'''multi
{line}
'''
rf'\d{x}'
f'{x}' f'{y}'
f''
f'{a["k"]}'
f'{x:}'
f'{3.14:.2f}'
