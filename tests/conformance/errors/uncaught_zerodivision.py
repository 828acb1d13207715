# ends with an uncaught ZeroDivisionError inside a generator being consumed
def ratios(pairs):
    for a, b in pairs:
        yield a / b
def safe_ratios(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError as e:
            print("  skipped", (a, b), "-", e)
data = [(1, 2), (3, 4), (5, 0), (7, 8)]
print(list(safe_ratios(data)))
print([a // b if b else None for a, b in data])
try:
    print(sum(a % b for a, b in data))
except ZeroDivisionError as e:
    print("modulo:", e)
for r in ratios(data):
    print(r)
print("never printed")
