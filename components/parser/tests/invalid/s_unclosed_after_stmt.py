x = 1
_cache = {}{
