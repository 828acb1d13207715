class A:
    x = 1
    def __init__(self): self.y = 2
a = A()
for n in ["x", "y", "x", "z", "__class__", "y"]:
    try: print(getattr(a, n))
    except AttributeError as e: print("AE", e)
print(getattr(a, "z", 5), getattr(3, "real"), getattr("s", "upper")())
for o in (1, "a", [1], A, a):
    print(getattr(o, "__class__"))
