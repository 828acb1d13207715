# a small class-based bank: accounts, transfers, overdraft errors, transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = [("open", balance)]
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, #{self.number}, balance={self.balance})"
class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(SavingsAccount, "alice", 500)
bob = bank.open(CheckingAccount, "bob", 50, overdraft=200)
carol = bank.open(Account, "carol")
print(alice, bob, carol, sep="\n")
bank.transfer(alice.number, bob.number, 120)
bank.transfer(bob.number, carol.number, 300)
print(alice, bob, carol, sep="\n")
for src, dst, amt in [(carol.number, alice.number, 1000), (bob.number, alice.number, 1), (alice.number, 9999, 1)]:
    try:
        bank.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print("refused:", e)
    except KeyError as e:
        print("no such account:", e)
try:
    carol.deposit(-5)
except ValueError as e:
    print("refused:", e)
print("interest:", alice.add_interest())
print(round(bank.total(), 2))
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance):
    print(acct.owner, acct.history)
