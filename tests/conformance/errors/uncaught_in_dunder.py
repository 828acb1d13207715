# an exception raised inside __getitem__ during a for loop escapes to the top level
class Flaky:
    def __init__(self, cursed):
        self.cursed = cursed
    def __getitem__(self, i):
        if i == self.cursed:
            raise LookupError(f"item {i} is cursed")
        if i >= 6:
            raise IndexError(i)
        return i * i
print(list(Flaky(99)))
try:
    print(list(Flaky(2)))
except LookupError as e:
    print("caught:", type(e).__name__, e)
print(issubclass(IndexError, LookupError), 16 in Flaky(99))
try:
    print(25 in Flaky(4))
except LookupError as e:
    print("caught during 'in':", e)
for v in Flaky(3):
    print("got", v)
print("never printed")
