# One-character str tests and `in` on strs, at hot sites: every ASCII character through isdigit,
# isalpha, isalnum and isspace, plus non-ASCII digits, letters and spaces; `ch in "..."` with short
# and long containers, empty strings, multi-character needles and a non-str needle.
for name in ("isdigit", "isalpha", "isalnum", "isspace"):
    bits = "".join("1" if getattr(chr(c), name)() else "0" for c in range(128))
    print(name, bits)
others = ["\u0663", "\u00e9", "\u00a0", "\u2003", "\u00b2", "\u0416", "\uff10", "", "ab", "a1", "  ", "\U0001d7d8"]
for ch in others:
    print(repr(ch), ch.isdigit(), ch.isalpha(), ch.isalnum(), ch.isspace())

ws = " \t\n\r"
long_text = "the quick brown fox jumps over the lazy dog " * 3
count = 0
for i in range(3000):
    ch = chr(32 + i % 95)
    if ch in ws:
        count += 1
    if ch not in "aeiou":
        count += 2
    if ch in long_text:
        count += 3
    if ("o" + ch) in long_text:
        count += 5
print(count)
print("" in "abc", "" in "", "a" in "", "ab" in "xaby", "\n" in ws, "\u00e9" in "caf\u00e9", "\ud800" in "x")
try:
    5 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    None not in "abc"
except TypeError as e:
    print("TypeError", e)
