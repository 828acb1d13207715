# str case methods and predicates
s = "hello World of PYTHON 3x"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep="|")
print("they're bill's".title(), "ßtraße".upper(), "ǅ".lower(), "ÉCOLE".casefold())
tests = ["123", "12.5", "abc", "abc123", "", " ", "ABC", "Abc", "Title Case", "\t\n", "٣", "²", "x_1", "_private", "1abc", "class"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".endswith("lo"), "hello".endswith("l", 0, 4))
print("hello".startswith("ell", 1), "hello".startswith(""), "".endswith(""))
try:
    "hello".startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
print(len("héllo"), len("日本語"), "日本語"[1], "straße".upper().lower())
# case mapping round trips and special cases
for w in ["hello", "HELLO", "hElLo", "Hello World", "hello-world", "o'neil", "x1y2", "ΣΊΣΥΦΟΣ"]:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.swapcase().swapcase() == w)
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold(), "ß".upper().lower())
print("Straße".casefold() == "STRASSE".casefold(), "Hello".lower() == "hello")
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.swapcase))
