# method binding: self is the first positional; errors from wrong binding
class A:
    def method(self):
        return "method ok"
    def two(self, x):
        return x
    def noself():
        return "no self"
a = A()
print(a.method(), A.method(a), a.two(5), A.two(a, 6), A.noself())
for call in [lambda: a.noself(), lambda: A.method(), lambda: a.method(1), lambda: A.two(a), lambda: a.two(),
             lambda: a.two(1, 2), lambda: a.two(x=1, self=2), lambda: A.two(self=a, x=3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class B:
    def __init__(self):
        pass
    def __len__(self, extra):
        return 0
try:
    B(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(B())
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __eq__(self):
        return True
try:
    C() == C()
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __getitem__(self, a, b):
        return 0
try:
    D()[1]
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __call__(self):
        return 0
try:
    E()(1)
except TypeError as e:
    print(type(e).__name__, e)
m = a.two
print(m(7))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__, e)
