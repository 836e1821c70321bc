# Traceback through a property getter and a classmethod.
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def ratio(self):
        return 100 / self._balance

    @classmethod
    def empty(cls):
        acct = cls(0)
        return acct.ratio

print(Account(50).ratio)
Account.empty()
