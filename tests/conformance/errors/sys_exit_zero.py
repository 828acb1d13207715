# sys.exit(0) and sys.exit() both mean success; SystemExit can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit, code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught text exit, code", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler got", type(e).__name__)
print("exiting with 0")
sys.exit(0)
print("never printed")
