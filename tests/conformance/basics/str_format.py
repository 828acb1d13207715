# str.format
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()), "{.x}".format(P))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}".format("r", "l", "c", "s", 3.14159))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{0}}}".format(7))
print("{:,} {:_} {:,.2f} {:x} {:#b} {:o} {:e} {:%}".format(1234567, 1234567, 1234.5, 255, 5, 8, 1500.0, 0.25))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{:{}{}}".format("z", ">", 4))
print("{0:{1}}|".format("ab", 5))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}),
                      ("{", (), {}), ("}", (), {}), ("{0[5]}", ([1],), {}), ("{:q}", (1,), {}), ("{!x}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{a} {b}".format_map({"a": 1, "b": 2}))
print(format(3.5, ".3f"), format(42, "x"), format("s", ">3"), format(12), repr(format(None)))
