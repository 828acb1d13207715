# class attributes vs instance attributes, shadowing, mutation
class Config:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
a = Config("a")
b = Config("b")
a.shared.append("from a")
print(b.shared, Config.shared, Config.count, a.count)
a.count = 100
print(a.count, b.count, Config.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
Config.count = 50
print(a.count, b.count)
a.shared = ["own"]
print(a.shared, b.shared)
print("name" in a.__dict__, "shared" in a.__dict__, "count" in Config.__dict__, "name" in Config.__dict__)
Config.new_attr = "added later"
print(a.new_attr, b.new_attr)
def bolt_on(self):
    return "bolted " + self.name
Config.method = bolt_on
print(a.method(), b.method())
a.method = lambda: "instance lambda"
print(a.method(), b.method())
class Child(Config):
    count = -1
c = Child("c")
print(c.count, Config.count, Child.count, Child.shared is Config.shared)
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
class Default:
    color = "red"
    def paint(self, color):
        self.color = color
d1, d2 = Default(), Default()
d1.paint("blue")
print(d1.color, d2.color, Default.color, vars(d1), vars(d2))
setattr(Default, "color", "green")
print(d1.color, d2.color, getattr(d2, "color"))
