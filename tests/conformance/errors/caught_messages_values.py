# messages of value and unpacking errors
cases = [
    ("int('abc')", lambda: int("abc")),
    ("int('')", lambda: int("")),
    ("int('1.5')", lambda: int("1.5")),
    ("int('12', 2)", lambda: int("12", 2)),
    ("float('x')", lambda: float("x")),
    ("a, b, c = [1, 2]", lambda: exec("a, b, c = [1, 2]")),
    ("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]")),
    ("a, b = 1", lambda: exec("a, b = 1")),
    ("a, b = 'abc'", lambda: exec("a, b = 'abc'")),
    ("a, *b, c = [1]", lambda: exec("a, *b, c = [1]")),
    ("a, = []", lambda: exec("a, = []")),
    ("[a, b] = {}", lambda: exec("[a, b] = {}")),
    ("for a, b in [(1,)]", lambda: exec("for a, b in [(1,)]: pass")),
    ("dict([(1,)])", lambda: dict([(1,)])),
    ("list.remove", lambda: [1].remove(2)),
    ("'abc'.split('')", lambda: "abc".split("")),
    ("chr(-1)", lambda: chr(-1)),
    ("range(0, 1, 0)", lambda: range(0, 1, 0)),
    ("[1][::0]", lambda: [1][::0]),
    ("'x' * -1", lambda: "x" * -1),
    ("bytes([300])", lambda: bytes([300])),
    ("b'\\xff'.decode()", lambda: b"\xff".decode()),
    ("'%d %d' % (1,)", lambda: "%d %d" % (1,)),
    ("'{0} {2}'.format(1, 2)", lambda: "{0} {2}".format(1, 2)),
    ("format(1, 'q')", lambda: format(1, "q")),
    ("max([])", lambda: max([])),
    ("[].index(1)", lambda: [].index(1)),
    ("(1,).index(2)", lambda: (1,).index(2)),
    ("round(1.5, 'x')", lambda: round(1.5, "x")),
    ("int(float('nan'))", lambda: int(float("nan"))),
    ("math.sqrt(-1)", lambda: __import__("math").sqrt(-1)),
    ("math.log(0)", lambda: __import__("math").log(0)),
    ("math.factorial(-1)", lambda: __import__("math").factorial(-1)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ValueError, TypeError, IndexError, UnicodeError) as e:
        print(f"{label:26} {type(e).__name__}: {e}")
