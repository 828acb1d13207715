# ends with an uncaught KeyError from a method
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 1}
    def take(self, name):
        self.stock[name] -= 1
        print("took", name, "left", self.stock[name])
    def take_safe(self, name):
        try:
            self.take(name)
        except KeyError as e:
            print("no such item:", e)
inv = Inventory()
inv.take("apple")
inv.take("pear")
inv.take_safe("kiwi")
print(inv.stock.get("kiwi", 0), sorted(inv.stock.items()))
try:
    inv.stock.pop("plum")
except KeyError as e:
    print("pop:", repr(e))
inv.take("banana")
print("never printed")
