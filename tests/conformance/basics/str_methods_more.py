# str methods: edge cases of searching, splitting, stripping, replacing and padding


def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


s = "mississippi"
for args in [("ss",), ("ss", 3), ("ss", 3, 5), ("i", -3), ("i", -100), ("s", 0, 4), ("", 20), ("", 11), ("", 12),
             ("i", None, None), ("i", 2, None), ("i", None, -2), ("", 5, 3), ("i", 2**70), ("i", -2**70, 2**70),
             ("pi", 9, 11), ("pi", 9, 10), ("", 0, 0), ("m", True)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
print("".find(""), "".rfind(""), "".count(""), "".startswith(""), "".endswith("", 1), "abc".endswith("", 3), "abc".endswith("", 4))
print(s.startswith(("x", "mis")), s.endswith(("pi", 1)), s.startswith(()), s.index("ss", 3), s.rindex("ss", 0, 5))

for text, args in [("a,b,,c", (",",)), ("a,b,,c", (",", 1)), ("a,b,,c", (",", 0)), ("a,b,,c", (",", -5)), ("", (",",)),
                   ("::a::b::", ("::",)), ("aaa", ("a",)), ("aaa", ("aa",)), ("a b  c ", (" ",)), ("  a b  c  ", (None, 1)),
                   ("  a b  c  ", (None, 0)), ("  a b  c  ", ()), ("\t\n a\x1cb\x1dc\x1e\x1fd\x85e\u2003f\u3000 ", ()),
                   ("a\u200bb\ufeffc", ()), ("x", ("x",)), ("ab", ("ab", 1))]:
    print(repr(text), args, text.split(*args), text.rsplit(*args))
print("a b c".split(sep=" ", maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(maxsplit=0), "a b c".rsplit(None, -1))

lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "a\r".splitlines(), "a\r\n\r".splitlines(1))

for t in ["  spaced  ", "\t\n x \x0b\x0c", "xxhixx", "", "   ", "\u3000a\u3000"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip("x ")), repr(t.strip(None)), repr(t.rstrip("")))
print("www.example.com".strip("cmowz."), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "abcba".strip("ab"))

print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2),
      "abc".replace("", "-", 0), "".replace("", "x"), "abc".replace("b", ""), "abab".replace("ab", "ba", -1), "a".replace("a", "a" * 3))
print("one two three".partition(" "), "one two three".rpartition(" "), "abc".partition("x"), "abc".rpartition("x"),
      "abcabc".partition("bc"), "abcabc".rpartition("bc"))

for w in (-1, 0, 3, 5, 6, 7, 10):
    print(w, repr("abc".center(w)), repr("abcd".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "é")), repr("42".zfill(w)),
          repr("-42".zfill(w)), repr("+x".zfill(w)), repr("".zfill(w)))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb\n\tc\r\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\ty".expandtabs(tabsize=-3)),
      repr("12345678\t9".expandtabs(8)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix(""), "abc".removesuffix(""),
      "abc".removeprefix("abcd"), "abc".removesuffix("abc"))

print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join(("p", "q")), "|".join(c * 2 for c in "ab"), repr("x".join(["only"])))

check("index missing", lambda: s.index("x"))
check("rindex missing", lambda: s.rindex("x"))
check("index range", lambda: "abc".index("b", 2))
check("find int", lambda: s.find(1))
check("count int", lambda: s.count(None))
check("find bad start", lambda: s.find("s", "x"))
check("find float end", lambda: s.find("s", 0, 1.5))
check("in int", lambda: 1 in "abc")
check("split empty", lambda: "a b".split(""))
check("rsplit empty", lambda: "a b".rsplit(""))
check("split int", lambda: "a b".split(1))
check("split maxsplit str", lambda: "a b".split(" ", "1"))
check("split maxsplit None", lambda: "a b".split(maxsplit=None))
check("split huge", lambda: "a b".split(None, 2**70))
check("splitlines None", lambda: "a".splitlines(None))
check("partition empty", lambda: "abc".partition(""))
check("rpartition int", lambda: "abc".rpartition(3))
check("strip int", lambda: "abc".strip(1))
check("lstrip list", lambda: "abc".lstrip(["a"]))
check("rstrip bytes", lambda: "abc".rstrip(b"c"))
check("replace int", lambda: "abc".replace(1, "x"))
check("replace int 2", lambda: "abc".replace("a", None))
check("replace count", lambda: "abc".replace("a", "b", "c"))
check("replace huge", lambda: "abc".replace("a", "b", 2**70))
check("startswith int", lambda: "abc".startswith(1))
check("endswith list", lambda: "abc".endswith(["c"]))
check("startswith tuple int", lambda: "abc".startswith(("x", 1)))
check("startswith tuple early", lambda: "abc".startswith(("a", 1)))
check("center fill", lambda: "abc".center(9, "xy"))
check("center fill empty", lambda: "abc".ljust(9, ""))
check("center fill int", lambda: "abc".rjust(9, 7))
check("center width", lambda: "abc".center("9"))
check("center huge", lambda: "abc".center(2**70))
check("zfill str", lambda: "abc".zfill("5"))
check("expandtabs str", lambda: "a".expandtabs("4"))
check("join int", lambda: "-".join(5))
check("join items", lambda: "-".join(["a", 1]))
check("join none", lambda: "-".join([None]))
check("join bytes", lambda: "-".join(["a", b"b"]))
check("removeprefix int", lambda: "abc".removeprefix(1))
check("removesuffix none", lambda: "abc".removesuffix(None))
