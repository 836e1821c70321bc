x = '''

 abc
