# Uncaught exceptions whose __notes__ is not a list of strings.
class Note:
    def __str__(self):
        return "note via __str__"
err = TypeError("with odd notes")
err.__notes__ = ("tuple note", Note())
try:
    raise err
except TypeError as first:
    second = ValueError("second")
    second.__notes__ = "a plain string is not a sequence of notes"
    raise second
