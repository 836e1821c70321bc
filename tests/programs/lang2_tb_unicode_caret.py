# Caret alignment with wide (non-ASCII) characters on the error line.
données = {"clé": 1}
def accès(d):
    return d["clé"] + d["absent"] * 2

accès(données)
