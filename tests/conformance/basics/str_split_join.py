# str.split / rsplit / splitlines / join / strip family
s = "  a b  c   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".split("x"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(True), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(map(str, range(4))))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print("a-b-c".replace("-", "+"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("a\tb\tc".expandtabs(4), repr("tab\there".expandtabs()))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
print("one two three".partition(" "), "one two three".rpartition(" "), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the quick brown fox".split()
print(len(words), words[::-1], " ".join(w.capitalize() for w in words))
