# print() with sep, end, and various arguments
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", end="")
print("y", end="!\n")
print(1, 2, sep="\n")
print("no", "sep", sep=None)
print("end", end=None)
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], sep="-")
print("", "")
print(None, True, 3.0, [1], {"a": 1}, (1,), sep="|")
print("multi\nline")
print("tab\tsep")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], sep=" / ")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
import sys
print("to stdout", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
print("flush", flush=True)
r = print("returns")
print(r)
