# chr/ord, bin/hex/oct
print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600) == "\U0001F600", repr(chr(0)), repr(chr(127)))
print(ord("A"), ord("a"), ord("é"), ord("€"), ord("\n"), ord(b"x"), ord(bytearray(b"z")))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0))
print(bin(2 ** 70), hex(2 ** 64), oct(2 ** 33))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()), chr(I()))
for f, a in [(chr, -1), (chr, 0x110000), (ord, "ab"), (ord, ""), (ord, 5), (chr, "a"), (hex, 1.5), (bin, "1")]:
    try:
        print(f(a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(bin(37), 2), int(hex(37), 16), int(oct(37), 8), int(bin(-37), 0))
# formatting in bases via format() and int() round trips
for n in [0, 1, 255, -255, 4096, 2 ** 40 + 1]:
    print(n, format(n, "b"), format(n, "o"), format(n, "x"), format(n, "#X"), int(format(n, "x"), 16) == n)
print([ord(c) for c in "Az09 ~"], "".join(chr(c) for c in [72, 105, 0x21]))
print(chr(ord("a") - 32), ord(max("hello")), min(map(ord, "hello")))
