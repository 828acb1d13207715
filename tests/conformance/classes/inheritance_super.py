# single inheritance, overriding, super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name}): {self.speak()}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return "purr " + Animal.speak(self)
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.describe())
p = Puppy("max", 2)
print(p.age, p.name, isinstance(p, Animal), issubclass(Puppy, Dog), Puppy.__bases__[0].__name__)
print([k.__name__ for k in Puppy.__mro__])
class Base:
    def __init__(self):
        print("Base.__init__")
        self.base_done = True
class NoSuperCall(Base):
    def __init__(self):
        print("NoSuperCall.__init__")
n = NoSuperCall()
print(hasattr(n, "base_done"))
class Inherits(Base):
    pass
print(Inherits().base_done)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def __str__(self):
        return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3))
try:
    print(Shape())
except NotImplementedError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho for " + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
print(B().who(), B.cwho(), super(B, B()).who())
class Int(int):
    def __add__(self, other):
        return Int(super().__add__(other) * 10)
print(Int(2) + 3, type(Int(2) + 3).__name__, Int(5) * 2, type(Int(5) * 2).__name__)
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, len(l), type(l).__name__, isinstance(l, list))
