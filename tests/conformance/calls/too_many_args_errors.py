# "takes N positional arguments but M were given" messages
def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def fopt(a, b=2):
    pass
def fopt2(a=1, b=2):
    pass
def fkw(a, *, k):
    pass
def fkwd(a, *, k=1):
    pass
class A:
    def method(self):
        pass
    def method2(self, x):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
cases = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f1(1, 2),
    lambda: f2(1, 2, 3),
    lambda: f2(1, 2, 3, 4),
    lambda: fopt(1, 2, 3),
    lambda: fopt2(1, 2, 3),
    lambda: fkw(1, 2),
    lambda: fkw(1, 2, k=3),
    lambda: fkwd(1, 2),
    lambda: fkwd(1, 2, 3, k=0),
    lambda: A().method(1),
    lambda: A().method(1, 2),
    lambda: A().method2(1, 2),
    lambda: A.method(A(), 1),
    lambda: A.cm(1),
    lambda: A().sm(1),
    lambda: A(1),
    lambda: object(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
    lambda: f2(*range(5)),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
