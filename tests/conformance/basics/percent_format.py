# printf-style % formatting
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %g %g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-5, 123456789.0, 0.5))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%s and %s" % ("a", [1, 2]), "%s" % (1,), "%s" % "single", "%s" % ((1, 2),))
print("100%% sure" % (), "%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print("%a" % "é", "%r" % "é")
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", (1,)), ("%(k)s", (1,)), ("%c", (1, 2)), ("%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%d-%s" % (5, b"x"))
# more conversions: widths on strings, precision on floats, literal percent, dict keys
for v in [0, 1.5, -2.25, 1e10, 123456.789]:
    print("[%8.2f] [%-10.3e] [%g] [%+.1f] [%08.3f]" % (v, v, v, v, v))
print("%3s|%-3s|%.1s|%c%c" % ("ab", "ab", "ab", 72, "i"))
print("%(a)s-%(a)r-%(b)05d" % {"a": "x", "b": 42})
print("%i%%" % 50, "%x-%X-%o" % (3054, 3054, 3054), "%#.3g" % 1.0, "%.0f %.0f" % (0.5, 1.5))
print("%s" % [1, (2,)], "%r" % {"k": None}, "%5s|" % None, "%-6r|" % True)
