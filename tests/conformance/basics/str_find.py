# str.find / rfind / index / rindex / count / in
s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("ss", 3, 5), s.find("x"), s.rfind("ss"), s.rfind("i"), s.find(""))
print(s.index("p"), s.rindex("s"), s.count("s"), s.count("ss"), s.count("i", 2), s.count(""), "".count(""))
print(s.find("i", -3), s.find("i", -100), s.rfind("s", 0, 4), s.find("", 20), s.rfind(""))
print("ss" in s, "sss" in s, "" in s, "M" in s)
print("aaaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1))
try:
    s.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print(s.upper().find("SS"), s.split("ss"), s.replace("ss", "SS", 1))
print(ord(min(s)), max(s), sorted(s)[:4], sorted(set(s)))
