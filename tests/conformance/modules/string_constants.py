# string module constants and helpers
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   world  of python"), string.capwords("a-b c-d", "-"))
def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(all(c in string.printable for c in "abc 123\n"), sum(c in string.punctuation for c in "a.b,c!"))
# building tables from the constants
vowels = set("aeiou")
consonants = [c for c in string.ascii_lowercase if c not in vowels]
print(len(consonants), "".join(consonants))
print({d: int(d, 16) for d in string.hexdigits[10:16]})
print(str.maketrans(string.ascii_lowercase[:3], string.ascii_uppercase[:3]))
print("Hello, World! 123".translate(str.maketrans("", "", string.punctuation + string.digits)))
print(sum(c in string.ascii_letters for c in "Mixed 123 text!"), string.ascii_letters.index("Z"))
