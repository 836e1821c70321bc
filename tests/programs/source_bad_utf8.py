# A byte that is not UTF-8 in a file that declares no encoding.
print("café")
