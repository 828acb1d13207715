# types of callables and their reprs
def f():
    pass
class A:
    def meth(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    def __call__(self):
        pass
a = A()
print(type(f))
print(type(A().meth))
print(type(A.meth))
print(A.meth is A.__dict__["meth"], type(A.cm), type(A.sm), type(a.sm))
print(type(len))
print(type("".join))
print(type([].append))
print(type(lambda: 0))
print(type(A))
print(type(a))
print(type(print), type(abs), type(int), type(object))
print(type(str.upper), type(str.__dict__["upper"]) is type(str.upper))
print(type((i for i in [])), type(f.__code__))
print(repr(len), repr(print), repr(int), repr(A), repr(A.__dict__["cm"]).startswith("<classmethod"))
print(repr(f).startswith("<function f at 0x"), repr(A.meth).startswith("<function A.meth at 0x"))
print(repr(a.meth).startswith("<bound method A.meth of <__main__.A object at 0x"))
print(repr("".join).startswith("<built-in method join of str object at 0x"))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(A.cm).startswith("<bound method A.cm of <class '__main__.A'>>"))
for obj in [f, A.meth, a.meth, A.cm, A.sm, len, "".join, A, a, 1, "s", None, type, lambda: 0, str.upper, (i for i in [])]:
    print(callable(obj), end=" ")
print()
print(type(f).__name__, type(a.meth).__name__, type(len).__name__, type(A.cm).__name__, type(A.__dict__["sm"]).__name__)
print(f.__class__ is type(lambda: 0), type(a.meth) is type(A.cm), type(len) is type("".join))
print(isinstance(f, object), isinstance(len, object), isinstance(A, type), isinstance(a, type))
print(type(f)(f.__code__, {})() is None)
