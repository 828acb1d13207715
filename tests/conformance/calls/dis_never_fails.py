# dis.dis on a function, method, class and code object prints minipy's own lowered form; it never fails
import dis
def f(a, b=2):
    c = a + b
    return [x * c for x in range(a)]
class A:
    def m(self): return self
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
s = Sink()
dis.dis(f, file=s)
text = "".join(s.parts)
print(len(text) > 0, "3" in text)
dis.dis(A.m, file=Sink()); dis.dis(A, file=Sink()); dis.dis(f.__code__, file=Sink())
print("ok")
