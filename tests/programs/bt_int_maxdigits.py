import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print('str:', e)
try:
    repr(big)
except ValueError as e:
    print('repr:', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('int:', e)
print(len(str(int('1' * 4300))))
print(hex(big)[:10], len(bin(big)))
print(int('f' * 5000, 16) > 0)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('set:', e)
sys.set_int_max_str_digits(640)
try:
    int('9' * 641)
except ValueError as e:
    print('int:', e)
print(int('9' * 640) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
try:
    f"{10**4400}"
except ValueError as e:
    print('fstr:', e)
try:
    '%d' % (10 ** 4400)
except ValueError as e:
    print('pct:', e)
print(format(10**4400, 'x')[:5])
