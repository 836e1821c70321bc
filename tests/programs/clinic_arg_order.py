# Argument Clinic's order of argument errors (too many, missing required, name+position, unexpected keyword) for OrderedDict methods and posix functions.
import os
from collections import OrderedDict as O
for f in (lambda: O().popitem(1,2), lambda: O().move_to_end(), lambda: O().pop(k=1), lambda: O(a=1).pop('a', key=2),
          lambda: O(a=1).move_to_end('a', last=0, x=1), lambda: O().setdefault(default=1), lambda: os.cpu_count(1),
          lambda: os.open(path='/nonexistent', flags=0, bad=1), lambda: os.open('/x', path='/y')):
    try: print(f())
    except (TypeError, OSError) as e: print(type(e).__name__, e)
