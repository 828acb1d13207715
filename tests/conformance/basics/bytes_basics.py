# bytes and bytearray basics
b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(b"a" + b"b", b"ab" * 2, b"ell" in b, 104 in b, b.upper(), b.split(b"l"), b.replace(b"l", b"L"))
print(b.decode(), b.decode("ascii"), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"), "日".encode())
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("abc", "ascii"), b"\x00\xff\n\t'\"\\")
print(repr(b"it's"), repr(b'say "x"'), repr(b"both'\""), b"\x7f\x80")
print(b.hex(), bytes.fromhex("68 69"), b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b.index(b"o"))
print(b == b"hello", b < b"help", b == "hello", bytes(b) is b)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba[0], bytes(ba), ba.pop(), ba)
del ba[0]
print(ba, ba.decode())
print([x for x in b"AZ"], sum(b"\x01\x02"), sorted(b"cab"), max(b"abc"))
def set_bytes_item():
    bb = b"a"
    bb[0] = 1
for op in [lambda: b"a" + "b", lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: bytes([256]),
           lambda: bytes("x"), lambda: b"abc"[5], lambda: bytearray(b"a").__setitem__(0, 300), set_bytes_item]:
    try:
        op()
    except (TypeError, ValueError, UnicodeError, IndexError) as e:
        print(type(e).__name__, e)
print(b"%s|%d" % (b"x", 3), b"-".join([b"a", b"b"]), b" x ".strip(), b"a,b".split(b","))
print(str(b"x"), f"{b'y'}", bytes(b"abc").isalpha(), b"123".isdigit())
print(hash(b"") == hash(b""), bool(b""), bool(b"\x00"))
