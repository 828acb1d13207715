# vars(), __dict__, dir()-free introspection
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
    def m(self):
        pass
c = C()
print(vars(c), c.__dict__, vars(c) is c.__dict__)
c.__dict__["injected"] = "via dict"
print(c.injected)
vars(c)["b"].append(3)
print(c.b)
del c.__dict__["a"]
print(hasattr(c, "a"), sorted(vars(c)))
c.__dict__ = {"replaced": True}
print(vars(c), c.replaced)
try:
    c.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)
cd = C.__dict__
print(type(cd).__name__, "cls_attr" in cd, "m" in cd, "a" in cd, cd["cls_attr"])
try:
    cd["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
f.tag = "x"
print(vars(f))
class D:
    pass
d = D()
print(vars(d), D().__dict__ == {})
for k, v in [("x", 1), ("y", 2)]:
    setattr(d, k, v)
print(vars(d), [getattr(d, k) for k in ("x", "y")])
print("__module__" in vars(D), vars(D)["__module__"], "__dict__" in vars(D))
