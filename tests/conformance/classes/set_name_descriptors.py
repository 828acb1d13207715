# __set_name__ and data descriptors with validation
class Field:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Positive(Field):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        super().__set__(obj, value)
class Product:
    name = Field()
    price = Positive()
    qty = Positive()
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
p = Product("widget", 3, 10)
print(p.name, p.price, p.qty, sorted(vars(p)))
try:
    p.qty = -1
except ValueError as e:
    print(type(e).__name__, e)
print(type(Product.price).__name__, Product.price.name, Product.qty.private)
f = Field()
class Late:
    pass
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")
class Cls:
    x = Field()
    y = [Field()]
print(hasattr(Cls.y[0], "name"))
class Raises:
    def __set_name__(self, owner, name):
        raise ValueError("boom in set_name")
try:
    class Host:
        r = Raises()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
