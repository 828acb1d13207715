# the finally block runs and prints before the exception propagates to the top level
def risky(n):
    try:
        print("in try", n)
        if n > 0:
            raise RuntimeError(f"boom {n}")
        return "no error"
    finally:
        print("in finally", n)
print(risky(0))
try:
    risky(1)
except RuntimeError as e:
    print("caught once:", e)
def nested():
    try:
        risky(2)
    finally:
        print("nested finally")
print("calling again without a handler")
nested()
print("never printed")
