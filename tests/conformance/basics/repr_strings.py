# repr of strings: quote choice, escapes, unicode
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
         "\r\x00\x07\x1b\x7f", "é", "日本", "\u200b", "\x80\x9f\xa0\xad", "emoji \U0001F600", "\ud800",
         "", " ", "'", '"', "\\", "\f\v\b"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(str("a\nb"))
print(repr(repr("x")), repr(str(1)))
print("\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41\101\u0041\U00000041")
print(r"raw\n\t", len(r"\n"), rb"\x00", b"\x00")
print("""triple "quoted" 'both'""", repr("""a'b"c"""))
print(ord("é"), chr(233), chr(0x1F600) == "\U0001F600", len("\U0001F600"))
# str() vs repr() of strings inside containers, and escapes surviving round trips
samples = ["a'b", 'a"b', "a\\b", "\t", "caf\u00e9", "\x00end"]
print(samples)
print(str(samples) == repr(samples), [eval(repr(s)) == s for s in samples])
print(tuple(samples[:2]), {samples[0]: samples[1]})
print("%r|%s|%a" % ("é\n", "é\n", "é\n"))
print(repr("x'y"), "{!r}".format('q"'))
for s in ["abc", "ab'c", 'ab"c', "ab'\"c"]:
    r = repr(s)
    print(r, r[0], len(r) - len(s))
print(repr("\u0394\u00e9\u4e2d"), ascii("\u0394\u00e9\u4e2d"), repr("\U0010ffff"), repr("\x9b"))
