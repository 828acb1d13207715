# messages of lookup, subscript and call errors
d = {"a": 1, 2: "b", (1, 2): "t"}
class Obj:
    pass
# values held in variables so the compiler does not warn about the literal mistakes below
one, n, none, text, empty = [1], 1, None, "str", []
cases = [
    ("undefined_name", lambda: undefined_name),
    ("d['missing']", lambda: d["missing"]),
    ("d[3]", lambda: d[3]),
    ("d[(1, 3)]", lambda: d[(1, 3)]),
    ("d[[1]]", lambda: d[[1]]),
    ("[1, 2][5]", lambda: [1, 2][5]),
    ("[1, 2][-3]", lambda: [1, 2][-3]),
    ("(1,)[1]", lambda: (1,)[1]),
    ("'ab'[2]", lambda: "ab"[2]),
    ("range(2)[2]", lambda: range(2)[2]),
    ("b'x'[1]", lambda: b"x"[1]),
    ("[].pop()", lambda: [].pop()),
    ("one['a']", lambda: one["a"]),
    ("n[0]", lambda: n[0]),
    ("none[0]", lambda: none[0]),
    ("len[0]", lambda: len[0]),
    ("Obj()[0]", lambda: Obj()[0]),
    ("n()", lambda: n()),
    ("none()", lambda: none()),
    ("text()", lambda: text()),
    ("empty(1)", lambda: empty(1)),
    ("Obj()()", lambda: Obj()()),
    ("(1).x", lambda: (1).x),
    ("Obj().x", lambda: Obj().x),
    ("Obj.x", lambda: Obj.x),
    ("None.x", lambda: None.x),
    ("{}.x", lambda: {}.x),
    ("[1, 2].index(3)", lambda: [1, 2].index(3)),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("{1}.remove(2)", lambda: {1}.remove(2)),
    ("next(iter([]))", lambda: next(iter([]))),
    ("(1)[0] = 1", lambda: exec("(1)[0] = 1")),
    ("del (1,)[0]", lambda: exec("t = (1,)\ndel t[0]")),
    ("'a'[0] = 'b'", lambda: exec("s = 'a'\ns[0] = 'b'")),
    ("iter(5)", lambda: iter(5)),
    ("for x in 5", lambda: [x for x in 5]),
    ("5 in 5", lambda: 5 in 5),
    ("hash([])", lambda: hash([])),
    ("{[]: 1}", lambda: {[]: 1}),
    ("{dict()}", lambda: {dict()}),
    ("len(5)", lambda: len(5)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (LookupError, TypeError, AttributeError, NameError, ValueError, KeyError, StopIteration) as e:
        print(f"{label:18} {type(e).__name__}: {e!s} | {e!r}")
