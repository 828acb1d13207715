# str case conversion and character classes on non-ASCII text (Unicode 14.0 as CPython 3.11)

samples = ["", "a", "Hello World", "hELLO wORLD", "ÀÉÎõü", "straße", "STRASSE", "ǆemal", "ǅemal", "ΣΑΣ ΑΣ", "ὈΔΥΣΣΕΎΣ", "σς", "İstanbul",
           "ıi", "ﬁsh ﬂow", "ŉ", "ᾳ ᾲ ᾷ", "ǰ", "Ⅻ ⅻ", "ⓐⓑ", "ꭰꭱ Ꭰ", "µ", "ẞ", "Ǆ", "dž", "ǈ", "they're bill's friends", "o'neil mc-donald", "123abc DEF",
           "ß", "ﬀ", "ǳ", "ᾈ", "ΐ", "Ω", "K", "Å", "ſ", "ͅ", "Σa", "aΣ", "a.Σ", "aΣb", "AΣ'", "𐐀𐐨", "🎉x", "ǲe"]
for s in samples:
    print(repr(s), [s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold()])

classes = ["", "abc", "ABC", "Abc", "aBC", "123", "١٢٣", "²³", "½", "⅕", "一二三", "abc123", "   ", "\u00a0\u2000\u3000", "\u200b", "\x1c\x1d\x1e\x1f",
           "\x85", "Title Case", "title case", "Title case", "ǅ", "ǅa", "Ǆa", "_id3nt", "3bad", "with space", "ünïcödé", "a-b", "Ⅻ", "ⅻ", "𝟘𝟙",
           "৩", "᧚", "⑴", "〇", "零", "x\u0301", "\u0301", "ª", "º", "ʰ", "\ufeff", "\x7f", "\xad", "\u2028", "\U0001F600", "𝒳", "𐐀", "ℌ", "℘", "℮",
           "ⁱ", "ᵃ", "ꭰ", "Ꭰ", "ℍ", "Ⅰ", "ⅰ", "ǈ", "\ud800", "\ue000", "\U000e0001", "ab\tc", "ＡＢ", "ａｂ", "１２", "·", "゛", "ﾞ", "ℯ", "℘x", "x℘",
           "ͺ", "ำ", "ⸯ", "ﹰ", "a·b", "\u0378", "\u1c89", "ƛ"]
for s in classes:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
             s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join("1" if f else "0" for f in flags))

print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǅ".swapcase())
print("ΣΑΣ".lower(), "ΑΣ ΣΑΣ".lower(), "Σ".lower(), "ΑΣ1".lower(), "ΑΣ.".lower(), "Α.Σ".lower(), "ΑΣΑ".lower())
print("hello wORLD".capitalize(), "ßa".capitalize(), "ﬁre".capitalize(), "ǆa".capitalize(), "ΣΑΣ".capitalize(), "'hello'".capitalize())
print("hello_world-foo bar's".title(), "2nd place".title(), "ǆungla ǳemal".title(), "ΣΑΣ ΣΑΣ".title(), "ß ß".title())
print("ß".casefold() == "SS".casefold(), "ﬁ".casefold(), "ẞ".casefold(), "Σίσυφος".casefold(), "ΣΊΣΥΦΟΣ".casefold())
print(repr("\u1c89\u0378".upper()), repr("ƛɤ".upper()), ascii("ꭰ".upper()), ascii("Ꭰ".lower()))
