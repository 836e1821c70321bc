class A(*): pass
