# messages of arithmetic errors
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("10 ** 400 * 1.0", lambda: 10 ** 400 * 1.0),
    ("1 << -1", lambda: 1 << -1),
    ("1 >> -1", lambda: 1 >> -1),
    ("int('inf')", lambda: int(float("inf"))),
    ("1 + '1'", lambda: 1 + "1"),
    ("'1' + 1", lambda: "1" + 1),
    ("[1] + (1,)", lambda: [1] + (1,)),
    ("1 - 'a'", lambda: 1 - "a"),
    ("'a' * 1.5", lambda: "a" * 1.5),
    ("None + 1", lambda: None + 1),
    ("{} | []", lambda: {} | []),
    ("-'a'", lambda: -"a"),
    ("~1.0", lambda: ~1.0),
    ("+[]", lambda: +[]),
    ("abs('a')", lambda: abs("a")),
    ("1 @ 2", lambda: 1 @ 2),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("[] * []", lambda: [] * []),
    ("1.5 & 1", lambda: 1.5 & 1),
    ("'a' < 1", lambda: "a" < 1),
    ("[] >= {}", lambda: [] >= {}),
    ("None < None", lambda: None < None),
    ("(1,) < [1]", lambda: (1,) < [1]),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ArithmeticError, TypeError, ValueError) as e:
        print(f"{label:18} {type(e).__name__}: {e}")
