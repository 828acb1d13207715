# reflected (__radd__ etc) and in-place (__iadd__ etc) operators
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, o):
        print("  __add__", o)
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__", o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Money(o - self.cents)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __rtruediv__(self, o):
        return f"{o} / {self}"
    def __rpow__(self, o):
        return f"{o} ** {self}"
    def __rmatmul__(self, o):
        return f"{o} @ {self}"
    def __rlshift__(self, o):
        return f"{o} << {self}"
    def __rand__(self, o):
        return f"{o} & {self}"
    def __ror__(self, o):
        return f"{o} | {self}"
    def __rxor__(self, o):
        return f"{o} ^ {self}"
    def __rfloordiv__(self, o):
        return f"{o} // {self}"
    def __rmod__(self, o):
        return f"{o} % {self}"
    def __rdivmod__(self, o):
        return f"divmod({o}, {self})"
    def __rrshift__(self, o):
        return f"{o} >> {self}"
m = Money(100)
print(m + 5)
print(5 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(10 - m, 3 * m, 1 / m, 2 ** m, [1] @ m, 1 << m, 1 & m, 1 | m, 1 ^ m, 7 // m, 7 % m, divmod(7, m), 1 >> m)
try:
    m + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "str" + m
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __add__(self, o):
        r = Acc()
        r.items = self.items + [o, "via __add__"]
        return r
a = Acc()
alias = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is alias)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class INone:
    def __iadd__(self, o):
        return None
z = INone()
z += 1
print(z)
class IAddNotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
q = IAddNotImpl()
q += 1
print(q)
l = [1]
t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2), Sub(2) + 1)
n = 5
n2 = n
n += 1
print(n, n2)
s = "ab"
s += "c"
s *= 2
print(s)
