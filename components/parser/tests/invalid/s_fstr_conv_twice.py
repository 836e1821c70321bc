f'{a!r!s}'
