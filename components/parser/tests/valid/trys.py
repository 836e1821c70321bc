try:
    pass
except E:
    pass
except (A, B) as e:
    raise X from e
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
except* E as e:
    pass
try:
    x
finally:
    y
