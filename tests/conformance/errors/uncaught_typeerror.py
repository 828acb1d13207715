# ends with an uncaught TypeError raised two calls deep; stdout before it must still appear
def combine(a, b):
    print("combining", repr(a), repr(b))
    return a + b
def process(items):
    total = 0
    for item in items:
        total = combine(total, item)
        print("running total", total)
    return total
print(process([1, 2, 3]))
print(process([0.5, True]))
try:
    process([None])
except TypeError as e:
    print("caught:", e)
print(combine("a", "b"), combine([1], [2]))
print(process([10, "20", 30]))
print("never printed")
