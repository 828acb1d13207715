# str: constructor, translate/maketrans, format_map, dunder methods called directly, descriptor errors


def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


class WithStr:
    def __str__(self):
        return "custom"


class BadStr:
    def __str__(self):
        return 42


class Idx:
    def __index__(self):
        return 2


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


class Mapping:
    def __getitem__(self, key):
        return key.upper()


for label, f in [("empty", lambda: str()), ("int", lambda: str(12)), ("float", lambda: str(1.5)), ("none", lambda: str(None)), ("list", lambda: str([1, "a"])),
                 ("custom", lambda: str(WithStr())), ("bad", lambda: str(BadStr())), ("bytes", lambda: str(b"ab")), ("object kw", lambda: str(object="kw")),
                 ("decode", lambda: str(b"abc", "ascii")), ("decode kw", lambda: str(object=b"x", encoding="latin-1")), ("errors only", lambda: str(b"\xff", errors="replace")),
                 ("too many", lambda: str(1, 2, 3, 4)), ("str", lambda: str("same")), ("type", lambda: type(str("x")).__name__)]:
    check(label, f)

table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()) if hasattr(table, "items") else table)
print("abcd-abcd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 66}), "abc".translate({}))
print(str.maketrans({"a": "1", 98: None}) == {97: "1", 98: None}, "abc".translate(str.maketrans({"a": "AA"})), "".maketrans("", ""))
for label, f in [("maketrans one", lambda: str.maketrans("ab")), ("maketrans len", lambda: str.maketrans("ab", "c")), ("maketrans key", lambda: str.maketrans({"ab": 1})),
                 ("maketrans keytype", lambda: str.maketrans({1.5: 1})), ("maketrans x", lambda: str.maketrans(1, "a")), ("maketrans z", lambda: str.maketrans("a", "b", 3)),
                 ("translate range", lambda: "a".translate({97: -1})), ("translate type", lambda: "a".translate({97: 1.5})), ("translate int", lambda: "a".translate(5)),
                 ("translate list", lambda: "ab".translate(["x", "y"])), ("translate seq", lambda: "\x00\x01\x05".translate(("A", None)))]:
    check(label, f)

print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x}/{y}".format_map(Missing(x="X")), "{name}".format_map(Mapping()), "{0}".format("pos"))
check("format_map missing", lambda: "{zz}".format_map({}))
print("{} {} {}".format("a", 1, 2.5), "{0}{1}{0}".format("x", "y"), "{k}".format(k="kw"), "{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"))

s = "hello"
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), s.__getitem__(slice(1, 3)), s.__getitem__(Idx()), s.__add__("!"), s.__mul__(2), s.__rmul__(2), s.__mul__(Idx()))
print(s.__mod__(()), "%s!".__mod__("x"), s.__rmod__(5), "%s".__rmod__("%s"), s.__eq__("hello"), s.__ne__("hello"), s.__lt__("help"), s.__le__("hello"), s.__gt__("a"), s.__ge__("z"))
print(s.__eq__(1), s.__lt__(None), s.__add__(1) if False else "", s.__format__(""), s.__format__(">8"), s.__str__(), s.__repr__(), s.__getnewargs__(), s.__hash__() == hash(s))
print(str.__len__("abc"), str.upper("x"), str.join(",", ["a", "b"]), str.split("a b"), str.__add__("a", "b"), str.format("{}", 1))
for label, f in [("upper int", lambda: str.upper(1)), ("join int", lambda: str.join(5, [])), ("len bytes", lambda: str.__len__(b"x")), ("add int", lambda: "a" + 1),
                 ("add none", lambda: "a" + None), ("radd", lambda: 1 + "a"), ("mul str", lambda: "a" * "b"), ("mul float", lambda: "a" * 1.5), ("mul huge", lambda: "a" * 2**70),
                 ("getitem str", lambda: "abc"["x"]), ("getitem float", lambda: "abc"[1.5]), ("getitem range", lambda: "abc"[3]), ("getitem neg", lambda: "abc"[-4]),
                 ("format spec int", lambda: "a".__format__(1)), ("format code", lambda: format("a", "d")), ("format sign", lambda: format("a", "+")),
                 ("contains int", lambda: "a".__contains__(1)), ("lt int", lambda: "a" < 1), ("mod mismatch", lambda: "%s %s" % ("a",)), ("mod extra", lambda: "x" % 1)]:
    check(label, f)
print("a" * 0, "ab" * -2, "ab" * True, "x" * Idx(), Idx().__index__() * "y", "-" * 3 + ">")


class Radd:
    def __radd__(self, other):
        return "radd:" + other

    def __rmul__(self, other):
        return "rmul:" + other


print("a" + Radd(), "b" * Radd())
