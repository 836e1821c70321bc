_defau[ltmod = None
_modules = {}
