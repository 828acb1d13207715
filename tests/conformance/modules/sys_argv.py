# sys.argv (no arguments are passed), sys.exit as an exception, recursion limit access
import sys
print(len(sys.argv), sys.argv[1:], sys.argv[0].endswith("sys_argv.py"))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
print(sys.getrecursionlimit())
sys.setrecursionlimit(1500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def main(argv):
    if len(argv) < 2:
        print("usage: sys_argv.py NAME (no arguments given, using default)")
        name = "world"
    else:
        name = argv[1]
    print(f"hello, {name}")
    return 0
rc = main(sys.argv)
print("main returned", rc)
try:
    sys.exit(rc)
except SystemExit as e:
    print("SystemExit caught with code", e.code)
try:
    sys.exit("text code")
except SystemExit as e:
    print("SystemExit caught with code", repr(e.code))
