# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API, aliases, _missing_, mixins
from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    def describe(self): return self.name.lower()
print(list(Color), len(Color), Color.CRIMSON, Color(1), Color['GREEN'], Color.__members__)
try: print("x" in Color)
except Exception as e: print(type(e).__name__, e)
print(Color.RED in Color, f'{Color.RED}', format(Color.RED, '>12'), str(Color.RED), repr(Color), Color.RED.describe())
for t in ['Color(5)', 'Color["X"]', 'Color.RED < Color.GREEN', 'setattr(Color, "RED", 3)', 'delattr(Color, "RED")', 'hash(Color.RED) == hash("RED")', 'Color.RED == 1', 'Color.RED != Color.GREEN', 'list(reversed(Color))', 'Color.RED.GREEN']:
  try: print(eval(t))
  except Exception as e: print(type(e).__name__, e)
try:
  class More(Color): BLUE = 3
except Exception as e: print(type(e).__name__, e)
try:
  class Dup(Enum):
    A = 1
    A = 2
except Exception as e: print(type(e).__name__, e)
try:
  @unique
  class U(Enum):
    A = 1; B = 1; C = 2; D = 2
except Exception as e: print(type(e).__name__, e)
class A(Enum):
  x = 5; y = 2; z = auto()
print(A.z.value)
class N(IntEnum):
  ONE = 1; TWO = 2
print(N.ONE, repr(N.ONE), N.ONE + 1, f'{N.TWO:>3}', N.ONE == 1, N(2), sorted([N.TWO, N.ONE]), str(N.TWO), isinstance(N.ONE, int))
class S(StrEnum):
  A = auto(); B = 'bee'
print(S.A, repr(S.A), S.B.upper(), f'{S.A}!', S('bee'))
class P(Flag):
  R = auto(); W = auto(); X = auto()
print(repr(P.R|P.W), str(P.R|P.W), P(0), repr(P(0)), list(P.R|P.X), P.R in (P.R|P.W), repr(~P.R), bool(P(0)), len(P.R|P.W))
try: P(8)
except Exception as e: print(type(e).__name__, e)
class IP(IntFlag):
  R = 4; W = 2; X = 1
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP.R | 8, repr(IP.R|8), IP(7), repr(~IP.R))
print(IP.R | 1, type(IP.R | 1).__name__, repr(IP(0)), str(IP(0)), IP.R & 4, repr(IP(-1)), format(IP.R, 'x'))
class P2(Flag):
  R = 1; W = 2; X = 4; RW = 3; NONE = 0
print(list(P2), len(P2), P2.__members__.keys(), repr(P2(3)), repr(P2(7)), repr(P2.NONE), P2._member_names_)
class Q(Flag):
  A = auto(); B = auto()
print(repr(Q(0)), str(Q(0)), repr(Q.A ^ Q.B), repr(Q.A & Q.B), Q.A | Q.B == Q(3), hash(Q.A) == hash('A'))
try: Q.A | 1
except Exception as e: print(type(e).__name__, e)
try: 1 in Q.A
except Exception as e: print(type(e).__name__, e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__)
Mixed = Enum('Mixed', [('a', 10), ('b', 20)])
print(list(Mixed), list(Enum('D', {'x': 'y'})), list(IntEnum('I', 'a b', start=5)))
class Planet(Enum):
  EARTH = (5.97, 6.37)
  MARS = (0.642, 3.39)
  def __init__(self, mass, radius): self.mass = mass; self.radius = radius
  @property
  def density(self): return round(self.mass / self.radius ** 3, 5)
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((5.97, 6.37)), Planet.MARS.density)
class Sh(Enum):
  A = 1
  @classmethod
  def _missing_(cls, v): return cls.A
print(Sh(99), Color.RED.name, Color.RED.value, Color.RED._value_, type(Color), type(Color).__name__, dir(Color))
print(Color.RED.__class__, isinstance(Color.RED, Color), Color.RED is Color(1), {Color.RED: 1})
class E(Enum):
  name = 1
  value = 2
print(E.name, E.value, E.name.name, E.value.value)
class Coord(Enum):
  _ignore_ = 'tmp'
  tmp = 5
  X = 1
  __private = 9
  def __new__(cls, v):
    obj = object.__new__(cls)
    obj._value_ = v * 10
    return obj
print(list(Coord), Coord(10), hasattr(Coord, 'tmp'))
class Num(int, Enum):
  A = 1
print(repr(Num.A), str(Num.A), Num.A + 1, format(Num.A))
class Str(str, Enum):
  A = 'a'
print(repr(Str.A), str(Str.A), Str.A.upper(), f'{Str.A}')
try:
  class Bad(Enum):
    _order_ = 'B A'
    A = 1
    B = 2
except TypeError as e: print(e)
try:
  class Bad2(Enum):
    _foo_ = 1
except ValueError as e: print(e)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
class Ord(Enum):
  A = auto(); B = auto(); C = 'x'; D = auto()
try: print(list(Ord))
except TypeError as e: print(e)
