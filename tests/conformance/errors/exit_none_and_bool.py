# SystemExit codes: None means status 0, True means status 1, an int is the status itself
import sys
for code in [None, False, True, 0, 255, "text", (1, 2)]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code), repr(e), e.args)
def run(step):
    try:
        if step == "exit":
            sys.exit(7)
        return "ran " + step
    finally:
        print("  finally for", step)
print(run("a"))
try:
    run("exit")
except SystemExit as e:
    print("exit code", e.code)
print(isinstance(SystemExit(), BaseException), isinstance(SystemExit(), Exception))
print("final exit with True")
sys.exit(True)
print("never printed")
