# nonlocal at module level is a SyntaxError from the symbol table.
def f():
    pass

nonlocal x
