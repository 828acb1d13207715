# bool is a subclass of int
print(True + True, True * 10, True / 2, False - 1, -True, ~True, ~False)
print(True == 1, False == 0, True is True, isinstance(True, int), issubclass(bool, int))
print(type(True + 1).__name__, type(True & True).__name__, type(True & 1).__name__)
print(True & False, True | False, True ^ True, False ^ True)
print(sum([True, True, False, True]))
print(True and 5, 0 and 5, "" or "x", [] or {} or 0, None or "default", 3 or 4)
print(not 0, not "", not [1], not None)
print(repr(True), str(False), int(True), float(False))
print(hash(True), hash(False))
d = {1: "one", True: "true?", 0: "zero"}
print(d)
print({True, 1, 1.0}, {0, False, 0.0})
print(True < 2, False < True, max(True, 0), sorted([True, False, 2, -1]))
print(bool.__name__, bool.__mro__[1].__name__)
print(True.__and__(False), (5).__bool__(), (0).__bool__())
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(["no", "yes"][True], ["no", "yes"][False])
print(str(True).upper(), f"{True}", f"{True:d}", f"{False!r}", "%d %s" % (True, True))
