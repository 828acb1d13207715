# str indices, lengths and widths count code points: characters outside the BMP are one character
s = "a😀b😀😀c"
print(len(s), s[1], s[-1], s[2], s[-2], s[1:4], s[::-1], s[::2], s[-3:], s.find("b"), s.find("😀", 2), s.rfind("😀"), s.index("c"), s.count("😀"), s.count(""), s.count("", 3))
print(s.find("", 7), s.find("", 8), s.rfind(""), s.startswith("b", 2), s.endswith("😀", 0, 5), s.startswith("😀", -2), s.find("c", -1), s.rfind("😀", 0, 4))
print(s.center(10, "*"), s.ljust(8, "😀"), s.rjust(9), "😀".zfill(3), "-😀".zfill(4), "😀\t😀\tx".expandtabs(4), s.replace("", "|"), s.replace("", "|", 3))
print([c for c in s], s.split("😀"), s.partition("b"), s.upper(), s.title(), s.swapcase(), s.isprintable(), "😀".isalpha(), ascii(s), repr(s))
i = -6
while i < 6:
    print(i, s[i], end=" | ")
    i += 1
print()
print(s.translate({ord("😀"): "E"}), str.maketrans("😀", "x"), s.encode("utf-16-le").decode("utf-16-le") == s, s.encode().decode() == s)
try:
    s[7]
except IndexError as e:
    print(e)
print("😀" * 3, len("😀" * 3), "😀😀😀".find("😀", 1), "😀😀😀"[1:], "x😀y".index("y"), "😀".center(4), "{:^5}".format("😀") if False else "")
print("{:^5}|{:>3}|{:.1}|".format("😀", "😀x", "😀y"), "%-3s|%.1s|" % ("😀", "😀z"), f"{'😀':*<4}")
