# an exception escaping a with block: __exit__ runs and prints, then the program dies
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, "with", et.__name__ if et else None)
        return False
with Guard("first"):
    print("inside")
try:
    with Guard("second"):
        {}["missing"]
except KeyError as e:
    print("caught", repr(e))
with Guard("outer"), Guard("inner"):
    print("inside again")
    [].pop()
print("never printed")
