# raise SystemExit(2) directly; exit status 2
def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)
def guarded(code):
    try:
        shutdown(code)
    except SystemExit as e:
        print("intercepted", e.code)
        return e.code
    finally:
        print("guard finally")
print(guarded(9))
try:
    shutdown(4)
except Exception:
    print("not reached: SystemExit is not an Exception")
except SystemExit as e:
    print("SystemExit handler got", e.code)
cleanup = []
try:
    shutdown(2)
finally:
    print("outer finally runs before exiting")
print("never printed")
