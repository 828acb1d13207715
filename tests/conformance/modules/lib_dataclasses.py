# dataclasses: fields, defaults, factories, init errors, repr, eq, order, frozen, hash, kw_only, InitVar, asdict, replace
from dataclasses import *
@dataclass
class P:
  x: int
  y: float = 0.0
  tags: list = field(default_factory=list)
print(P(1), P.__doc__, P.__init__.__qualname__, P.__match_args__, P(1) == P(1), P(1) == P(2), P.__hash__)
p = P(1); p.tags.append(1); print(p, P(2).tags)
for a, k in [((), {}), ((1,2,3,4), {}), ((1,), {'z': 1}), ((1,), {'x': 1})]:
  try: P(*a, **k)
  except TypeError as e: print(e)
try:
  @dataclass
  class B:
    x: int = 0
    y: int
except TypeError as e: print(e)
try:
  @dataclass
  class M:
    x: list = []
except ValueError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
  a: int
  b: str = 'z'
f = F(1)
try: f.a = 3
except Exception as e: print(type(e).__name__, e)
try: del f.b
except Exception as e: print(type(e).__name__, e)
print(f < F(2), hash(f) == hash((1, 'z')), F(1) == F(1), sorted([F(2), F(1, 'a'), F(1)]), {F(1): 2}[F(1)])
@dataclass
class K:
  a: int
  _: KW_ONLY
  b: int = 2
  c: int
try: K(1, 2)
except TypeError as e: print(e)
try: K(1)
except TypeError as e: print(e)
print(K(1, c=3), K.__match_args__, K.__doc__)
print(asdict(K(1, c=[P(1)])), astuple(P(1, 2.0, [3])), replace(P(1), y=5))
@dataclass
class R:
  i: InitVar[int]
  j: int = field(init=False, default=0)
  def __post_init__(self, i): self.j = i * 2
print(R(4), R.__doc__, [f.name for f in fields(R)], is_dataclass(R), is_dataclass(R(1)), is_dataclass(1))
@dataclass
class Base:
  x: int = 1
  y: int = 2
@dataclass
class Derived(Base):
  z: int = 3
  x: int = 10
print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])
@dataclass(eq=False)
class NoEq:
  v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
  v: int
  w: int = field(hash=False, default=0)
print(hash(UH(3, 9)) == hash((3,)))
@dataclass
class Node:
  val: int
  nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n, Node.__doc__)
Pt = make_dataclass('Pt', [('x', int), ('y', int, field(default=0))], namespace={'norm': lambda self: abs(self.x) + abs(self.y)})
print(Pt(3, -4), Pt(3, -4).norm(), Pt.__module__)
try: replace(R(1), j=3)
except ValueError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
@dataclass(order=True)
class O:
  a: int
  def __repr__(self): return 'O<%d>' % self.a
print(sorted([O(3), O(1)]), O(1) < O(2), O.__eq__(O(1), 5))
try:
  @dataclass(order=True)
  class O2:
    a: int
    def __lt__(self, o): return True
except TypeError as e: print(e)
@dataclass(slots=True)
class SL:
  a: int
  b: int = 5
print(SL(1), SL.__slots__, hasattr(SL(1), '__dict__'))
class Plain:
  pass
@dataclass
class WithMethods:
  items: list = field(default_factory=list, repr=False)
  n: int = field(default=0, compare=False)
  def add(self, x): self.items.append(x); return self
print(WithMethods().add(1), WithMethods([1]) == WithMethods([1], 5), field(default=1).default)
print(repr(fields(P)[0])[:40], fields(P)[2].default_factory)
