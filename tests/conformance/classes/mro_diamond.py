# multiple inheritance, C3 MRO, cooperative super()
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print([k.__name__ for k in D.__mro__])
print(D().hello())
print([k.__name__ for k in D.mro()])
class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom init")
        super().__init__(**kw)
Bottom(left=1, right=2)
print([k.__name__ for k in Bottom.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class K1: attr = "K1"
class K2: attr = "K2"
class K3(K1, K2): pass
class K4(K2, K1): pass
print(K3.attr, K4.attr)
class O1: pass
class O2: pass
class O3: pass
class M1(O1, O2): pass
class M2(O2, O3): pass
class Final(M1, M2): pass
print([k.__name__ for k in Final.__mro__])
print(super(B, D()).hello(), super(C, D()).hello())
print(D.__bases__, [b.__name__ for b in D.__bases__])
