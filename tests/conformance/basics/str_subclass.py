# subclasses of str: construction, inherited methods (returning exact str), operators, formatting


class Upper(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())


u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u), u.lower(), type(u.lower()).__name__)


class StrSub(str):
    def __str__(self):
        return "overridden"


ss = StrSub("base")
print(ss, str(ss), repr(ss), ss + "!", f"{ss}", f"{ss:>6}", "%s" % ss, "%r" % ss, format(ss), format(ss, "^8"), "{}".format(ss), ss.upper())


class S(str):
    pass


s = S("a,b")
t = "x" + s
print(type(t).__name__, t, s.split(","), s.upper(), type(s.upper()).__name__, s[0], s[::-1], s * 2, 2 * s, s == "a,b", "a,b" == s, s != "a,b", s < "b", hash(s) == hash("a,b"))
print(",".join([s, S("z")]), "-".join(s), s.find(S(",")), "a,b,c".split(S(",")), s.startswith((S("a"),)), [c for c in s], "x" in s, s.__str__(), type(s.__str__()).__name__)
s.attr = 5
print(s.attr, repr(S()), S(b"\xc3\xa9", "utf-8"), S(5), type(S(S("q"))).__name__, str(S("w")), type(str(S("w"))).__name__, format(s, ">6"), s.__getnewargs__())
print(s.__class__.__name__, s.__repr__(), "%s|%r" % (s, s), s.replace(S("a"), S("A")), s.strip(S("ab")), s.encode(), s.center(7, S("*")), s.partition(S(",")))
print(str.upper(s), str.__len__(s), S("abc") + S("def"), type(S("abc") + S("def")).__name__, bool(S("")), bool(S("x")), S("x").isalpha(), S("3").zfill(3))
print(sorted([S("b"), "a", S("c")]), max(S("q"), "r"), {"k": 1}.get(S("k")) if hasattr(dict, "get") else 1)


class Tagged(str):
    def __new__(cls, value, tag):
        obj = str.__new__(cls, value)
        obj.tag = tag
        return obj

    def __repr__(self):
        return "Tagged(" + str.__repr__(self) + ", " + repr(self.tag) + ")"


tg = Tagged("v", 7)
print(tg, repr(tg), [tg], tg.tag, tg + tg, tg.upper())
