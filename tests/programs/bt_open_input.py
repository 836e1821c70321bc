import os, sys
p = '/tmp/bt-open-input-test.txt'
with open(p, 'w') as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed, f.writable(), f.readable())
    f.write('line1\nline2\n')
    f.writelines(['a\n', 'b\n'])
print(f.closed)
with open(p) as f:
    print(f.readline(), f.readlines(), f.read())
with open(p, 'rb') as f:
    print(type(f).__name__, f.read(5), f.tell())
with open(p, 'a') as f:
    f.write('appended')
with open(p, encoding='utf-8') as f:
    print(list(f))
for bad in [('r', 'x'), ('rw',), ('z',)]:
    try:
        open(p, *bad) if len(bad) == 1 else open(p, bad[0], encoding=bad[1])
    except (ValueError, LookupError) as e:
        print(type(e).__name__ + ':', e)
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print('ValueError:', e)
try:
    open('/nonexistent_dir_bt/x')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.filename)
try:
    open(5.5)
except TypeError as e:
    print('TypeError:', e)
f = open(p)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
os.remove(p)
try:
    input()
except EOFError as e:
    print('EOFError:', e)
try:
    input('prompt> ')
except EOFError as e:
    print('\nEOFError:', e)
try:
    input(1, 2)
except TypeError as e:
    print('TypeError:', e)
