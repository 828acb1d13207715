# str comparison is by code point, also past the UTF-16 surrogate range
pairs = [("a", "b"), ("", "a"), ("ab", "a"), ("é", "z"), ("\uffff", "😀"), ("😀", "\ue000"), ("\ud7ff", "\ue000"), ("😀a", "😀b"), ("\U0010ffff", "\U00010000")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a > b, a >= b, a == b, a != b, a.__lt__(b), a.__gt__(b), a.__le__(b), a.__ge__(b))
print(sorted(["\uffff", "😀", "\ue000", "z", "\ud7ff"]) == ["z", "\ud7ff", "\ue000", "\uffff", "😀"], max("\uffff", "😀") == "😀", min(["😀", "\uffff"]) == "\uffff")
