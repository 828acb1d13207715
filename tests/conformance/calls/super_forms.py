# super(): zero-argument and two-argument forms, errors
class A:
    def who(self):
        return "A.who"
    @classmethod
    def cwho(cls):
        return f"A.cwho({cls.__name__})"
    @staticmethod
    def swho():
        return "A.swho"
    def __repr__(self):
        return "A-instance"
class B(A):
    def who(self):
        return "B.who > " + super().who()
    @classmethod
    def cwho(cls):
        return "B.cwho > " + super().cwho()
    def two_arg(self):
        return super(B, self).who()
    def skip(self):
        return super(A, self).__repr__()[:7]
    def swho2(self):
        return super().swho()
class C(B):
    def who(self):
        return "C.who > " + super().who()
c = C()
print(c.who())
print(C.cwho(), B.cwho())
print(c.two_arg(), c.skip(), c.swho2())
print(super(C, c).who(), super(B, c).who())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(super(C, C).cwho(), super(B, C).cwho())
unbound = super(C)
print(type(unbound).__name__, unbound.__self__)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, c)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class D:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    D().m()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class F(A):
    def m(self):
        return (lambda: super().who())()
try:
    print(F().m())
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
class G(A):
    def m(self):
        return super().missing
try:
    G().m()
except AttributeError as e:
    print(type(e).__name__, e)
class H(A):
    def noself():
        return super().who()
try:
    H.noself()
except RuntimeError as e:
    print(type(e).__name__, e)
class I(A):
    def m(self):
        del self
        return super().who()
try:
    I().m()
except RuntimeError as e:
    print(type(e).__name__, e)
class J(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(J().ok)
def late(self):
    return super(K, self).who()
class K(A):
    pass
K.late = late
print(K().late())
class L(A):
    def who(self):
        __class__ = "shadowed?"
        return "L"
print(L().who())
