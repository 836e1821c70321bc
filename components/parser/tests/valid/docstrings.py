'''Module doc.'''
def f():
    """Func doc.

    More.
    """
class C:
    'class doc'
