# roman numeral conversion both ways, with validation and round-trip checks
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    if not s:
        raise ValueError("empty numeral")
    total = 0
    for i, ch in enumerate(s.upper()):
        if ch not in SYMBOLS:
            raise ValueError(f"invalid character {ch!r} at position {i}")
        v = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1].upper(), 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (did you mean {to_roman(total)!r}?)")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    print(n, to_roman(n))
for s in ["MCMXCIV", "mmxxiv", "XLII", "IIII", "IC", "ABC", "", "MMMM"]:
    try:
        print(repr(s), from_roman(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in [0, 4000, -5, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
longest = max(lengths)
print("longest numeral length", longest, "for", lengths[longest], to_roman(lengths[longest][0]))
print(sorted(range(1, 30), key=to_roman)[:10])
