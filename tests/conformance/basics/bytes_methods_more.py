# bytes and bytearray: construction, methods, %-formatting, mutation and error messages


def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


for label, f in [("empty", lambda: bytes()), ("zero", lambda: bytes(0)), ("size", lambda: bytes(3)), ("list", lambda: bytes([1, 255, 0])),
                 ("tuple", lambda: bytes((65, 66))), ("iter", lambda: bytes(iter([67, 68]))), ("gen", lambda: bytes(x + 48 for x in (1, 2, 3))),
                 ("bytes", lambda: bytes(b"xy")), ("bytearray", lambda: bytes(bytearray(b"za"))), ("str", lambda: bytes("é", "utf-8")),
                 ("str kw", lambda: bytes("é", encoding="latin-1")), ("str ignore", lambda: bytes("é", "ascii", "ignore")), ("bool", lambda: bytes(True)),
                 ("no enc", lambda: bytes("x")), ("neg", lambda: bytes(-1)), ("float", lambda: bytes(1.5)), ("float item", lambda: bytes([1.5])),
                 ("str item", lambda: bytes(["a"])), ("big item", lambda: bytes([256])), ("neg item", lambda: bytes([-1])), ("enc no str", lambda: bytes(b"x", "ascii")),
                 ("enc int", lambda: bytes(5, "ascii")), ("enc only", lambda: bytes(encoding="ascii")), ("errors only", lambda: bytes(errors="strict")),
                 ("errors str", lambda: bytes("x", errors="strict")), ("enc type", lambda: bytes("x", 1)), ("huge", lambda: bytes(2**70)), ("none", lambda: bytes(None)),
                 ("ba empty", lambda: bytearray()), ("ba size", lambda: bytearray(2)), ("ba list", lambda: bytearray([1, 2])), ("ba str", lambda: bytearray("ab", "ascii")),
                 ("ba no enc", lambda: bytearray("x")), ("ba neg", lambda: bytearray(-2)), ("ba float", lambda: bytearray(2.0)), ("ba big", lambda: bytearray([300])),
                 ("fromhex", lambda: bytes.fromhex(" 01 0a FF\tee\n")), ("fromhex ba", lambda: bytearray.fromhex("abcd")), ("fromhex odd", lambda: bytes.fromhex("a")),
                 ("fromhex bad", lambda: bytes.fromhex("0g")), ("fromhex space", lambda: bytes.fromhex("0 1")), ("fromhex int", lambda: bytes.fromhex(1)),
                 ("fromhex inst", lambda: b"".fromhex("41"))]:
    check(label, f)

b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"hELLO wORLD".capitalize(), b"\xe9a".upper(), b"mIxEd 42".swapcase())
print(b.find(b"o"), b.find(b"o", 5), b.rfind(b"o"), b.find(111), b.rfind(111, 0, 5), b.find(b""), b.rfind(b"", 3), b.find(b"xyz"), b.count(b"l"), b.count(108), b.count(b""))
print(b.index(b"W"), b.rindex(b"l"), b.startswith(b"He"), b.startswith((b"x", b"Hell")), b.endswith(b"ld", 0, 12), b.endswith(b"ld", 0, 11), b.startswith(b"", 12), b.startswith(b"", 13))
print(b.split(), b.split(b", "), b.split(b"o", 1), b.rsplit(b"o", 1), b"  a  b  ".split(), b"  a  b  ".rsplit(None, 1), b"a\x0bb\x1cc".split(), b"".split(b","), b"".split())
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\nb\r\n".splitlines(True), b"x".splitlines(keepends=True))
print(b.partition(b", "), b.rpartition(b"o"), b.partition(b"?"), b.rpartition(b"?"), bytearray(b"k=v").partition(b"="))
print(b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"), b"\t\n\x0b\x0c\r x".strip(), b"\x1cx".strip())
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 1), b"abc".replace(b"x", b"y"), b"aXbXc".replace(b"X", b""))
print(b"ab".center(6, b"*"), b"ab".center(5), b"ab".ljust(4, b"-"), b"ab".rjust(4), b"42".zfill(5), b"-42".zfill(5), b"a\tb\tc".expandtabs(4), b"x\ty".expandtabs(tabsize=0))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b"".join([]), bytearray(b", ").join((b"x", b"y")), b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"), b"x".removeprefix(b"y"))
print(b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None), bytearray(b"aab").translate(None, delete=b"a"))
print(b"abc".isalpha(), b"ab1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii(), b"x".isascii(), b"\xe9".isalpha())
print(b"abc".hex(), b"\x00\xff".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2), b"abcde".hex(b".", 2), b"abcde".hex(" ", -2), b"".hex(), bytearray(b"\x01\x02").hex())
print(b"a" + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 3, 2 * b"xy", bytearray(b"z") * 2, b"x" * 0, b"x" * -3, b"ab"[1], b"ab"[-2], b"abcdef"[1:5:2], b"abc"[::-1])
print(b"ab" == b"ab", b"ab" == bytearray(b"ab"), b"ab" != b"ac", b"a" < b"b", b"ab" < b"a", b"\xff" > b"\x01", bytearray(b"a") <= b"a", b"a" == "a", b"a".__eq__("a"))
print(b"a" in b"cat", 97 in b"cat", b"" in b"x", b"at" in bytearray(b"cat"), len(b"abc"), len(bytearray(3)), list(b"az"), [x for x in bytearray(b"\x01\x02")])
print(hash(b"abc") == hash(b"abc"), bytes(b"q") is not None, str(b"x"), str(bytearray(b"y")), repr(bytearray()), f"{b'z'}", b"x".__getnewargs__(), b"y".__bytes__())
print(b"%s|%5s|%-5s|%.1s|%b" % (b"a", b"bc", b"de", b"fg", bytearray(b"h")), b"%d %i %x %X %o %05.1f %e %g %c %c %%" % (1, -2, 255, 255, 8, 2.25, 1e3, 0.5, 65, b"B"),
      b"%r %a" % (b"q", "\xe9"), bytearray(b"<%s>") % b"x", b"%*d|%-*d" % (4, 1, 3, 2), b"%(k)s" % {b"k": b"v"} if False else b"")

for label, f in [("concat str", lambda: b"a" + "b"), ("concat int", lambda: b"a" + 1), ("ba concat", lambda: bytearray(b"a") + "b"), ("mul str", lambda: b"a" * "b"),
                 ("mul float", lambda: b"a" * 1.5), ("lt str", lambda: b"a" < "a"), ("in str", lambda: "a" in b"a"), ("in big", lambda: 256 in b"a"),
                 ("in float", lambda: 1.5 in b"a"), ("index", lambda: b"a"[1]), ("ba index", lambda: bytearray(b"a")[-2]), ("str key", lambda: b"a"["x"]),
                 ("ba str key", lambda: bytearray(b"a")["x"]), ("find str", lambda: b"a".find("a")), ("find big", lambda: b"a".find(256)), ("index missing", lambda: b"a".index(b"z")),
                 ("rindex missing", lambda: b"a".rindex(98)), ("count str", lambda: b"a".count("a")), ("split str", lambda: b"a".split("a")), ("split empty", lambda: b"a".split(b"")),
                 ("strip str", lambda: b"a".strip("a")), ("strip int", lambda: b"a".strip(1)), ("replace str", lambda: b"a".replace("a", b"b")),
                 ("partition empty", lambda: b"a".partition(b"")), ("startswith str", lambda: b"a".startswith("a")), ("startswith tuple", lambda: b"a".startswith(("a",))),
                 ("center fill", lambda: b"a".center(3, "x")), ("center fill len", lambda: b"a".center(3, b"xy")), ("join int", lambda: b"".join([1])),
                 ("join str", lambda: b"-".join([b"a", "b"])), ("join non-iter", lambda: b"".join(3)), ("decode type", lambda: b"a".decode(1)),
                 ("hex sep len", lambda: b"ab".hex("::")), ("hex sep ascii", lambda: b"ab".hex("é")), ("hex sep int", lambda: b"ab".hex(1)),
                 ("translate short", lambda: b"a".translate(b"xy")), ("translate str", lambda: b"a".translate(None, "a")), ("maketrans len", lambda: bytes.maketrans(b"ab", b"c")),
                 ("mod str", lambda: b"%s" % "x"), ("mod int", lambda: b"%s" % 1), ("mod few", lambda: b"%d %d" % (1,)), ("mod many", lambda: b"%d" % (1, 2)),
                 ("mod c big", lambda: b"%c" % 256), ("mod c str", lambda: b"%c" % "a"), ("mod bad", lambda: b"%y" % 1), ("mod extra", lambda: b"x" % 1),
                 ("hash ba", lambda: hash(bytearray(b"x"))), ("setitem bytes", lambda: b"a".__class__.__dict__["__len__"](b"abc")),
                 ("upper ba on bytes", lambda: bytes.upper(bytearray(b"a"))), ("upper bytes on ba", lambda: bytearray.upper(b"a")), ("upper int", lambda: bytes.upper(1))]:
    check(label, f)

ba = bytearray(b"abcdef")
ba[0] = 65; ba[-1] = 70; print(ba)
ba[1:3] = b"XYZ"; print(ba)
ba[::2] = b"1234"; print(ba)
ba[1:2] = [33, 34]; print(ba)
ba[2:2] = ba; print(ba, len(ba))
del ba[0]; del ba[-1]; del ba[::3]; print(ba)
del ba[100:]; del ba[1:3]; print(ba)
ba.append(0x21); ba.extend(b"xy"); ba.extend([1, 2]); ba.extend(bytearray(b"q")); ba.extend(x for x in (3,)); print(ba)
ba.insert(0, 64); ba.insert(-1, 35); ba.insert(999, 36); ba.insert(-999, 37); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(0x21); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); ba.clear(); print(ba, c, c is ba)
c += b"!"; c += bytearray(b"?"); print(c)
c *= 2; print(c)
d = bytearray(b"ab"); d += bytes(d); d.extend(d); d[1:1] = d; print(d)
check("iadd self", lambda: d.__iadd__(d))
d.__init__(b"new"); print(d)
d.__init__(); print(d)
for label, f in [("set big", lambda: bytearray(b"a").__setitem__(0, 256)), ("set bytes", lambda: bytearray(b"a").__setitem__(0, b"x")), ("set index", lambda: bytearray(b"a").__setitem__(3, 1)),
                 ("set slice int", lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5)), ("set slice str", lambda: bytearray(b"ab").__setitem__(slice(0, 1), "x")),
                 ("set ext", lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x")), ("set slice big", lambda: bytearray(b"ab").__setitem__(slice(0, 1), [300])),
                 ("del index", lambda: bytearray(b"a").__delitem__(2)), ("append big", lambda: bytearray().append(256)), ("append str", lambda: bytearray().append("a")),
                 ("extend int", lambda: bytearray().extend(5)), ("extend str", lambda: bytearray().extend("ab")), ("extend big", lambda: bytearray().extend([1, 999])),
                 ("insert big", lambda: bytearray().insert(0, -1)), ("pop empty", lambda: bytearray().pop()), ("pop range", lambda: bytearray(b"a").pop(1)),
                 ("remove missing", lambda: bytearray(b"a").remove(98)), ("remove big", lambda: bytearray(b"a").remove(1000)), ("iadd str", lambda: bytearray(b"a").__iadd__("x")),
                 ("bytes setitem", lambda: b"a".__setitem__(0, 1))]:
    check(label, f)
