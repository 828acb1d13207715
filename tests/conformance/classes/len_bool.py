# __len__ and __bool__ truthiness protocol
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("  __len__")
        return len(self.items)
print(bool(Box([])), bool(Box([1])), len(Box([1, 2])))
if Box([0]):
    print("non-empty box is truthy")
print("not:", not Box([]))
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
    def __len__(self):
        print("  __len__ (not used)")
        return 1
print(bool(Flag(False)))
print(Flag(True) and "and-result")
print(Flag(False) or "or-result")
x = Flag(False) if Flag(True) else None
while Flag(False):
    pass
print([i for i in range(3) if Flag(i == 1)])
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -5
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class LenFromIndex:
    class N:
        def __index__(self):
            return 4
    def __len__(self):
        return self.N()
print(len(LenFromIndex()))
class ListSub(list):
    def __bool__(self):
        return True
print(bool(ListSub()), len(ListSub()))
