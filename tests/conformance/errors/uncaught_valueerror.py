# ends with an uncaught ValueError from int() parsing
def parse_all(tokens):
    out = []
    for t in tokens:
        out.append(int(t))
        print("parsed", t)
    return out
def parse_lenient(tokens):
    out = []
    for t in tokens:
        try:
            out.append(int(t))
        except ValueError as e:
            print("  skipping:", e)
    return out
print(parse_all(["1", "22", "333"]))
print(parse_lenient(["7", "x", "", "0x1f", " 8 "]))
print(int("0x1f", 16), int("1f", 16), float(" 2.5 "))
try:
    float("2,5")
except ValueError as e:
    print("float:", e)
parse_all(["4", "5x", "6"])
print("never printed")
