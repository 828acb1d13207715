# subclasses of bytes and bytearray: construction, methods return the base type, repr
class B(bytes):
    pass
b = B(b"abc")
print(b, type(b).__name__, b + b"d", type(b + b"d").__name__, b.upper(), type(b.upper()).__name__, b[0], b[1:], type(b[1:]).__name__, len(b), b == b"abc", hash(b) == hash(b"abc"))
print(B(3), B([65]), B("é", "utf-8"), bytes(b), type(bytes(b)).__name__, B.fromhex("4142"), type(B.fromhex("4142")).__name__)
class BA(bytearray):
    def __init__(self, *args):
        bytearray.__init__(self, *args)
        self.extra = 1
x = BA(b"xy")
x.append(122)
print(x, type(x).__name__, x.extra, x + b"!", type(x + b"!").__name__, BA.fromhex("41"), type(BA.fromhex("41")).__name__)
