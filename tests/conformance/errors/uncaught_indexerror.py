# ends with an uncaught IndexError from a recursive function
def nth_from_end(seq, n):
    if n == 0:
        return seq[-1]
    print("descending", n)
    return nth_from_end(seq[:-1], n - 1)
print(nth_from_end([1, 2, 3, 4], 2))
print(nth_from_end("abc", 0))
def safe(seq, n):
    try:
        return nth_from_end(seq, n)
    except IndexError as e:
        return f"IndexError: {e}"
print(safe((1,), 3))
print(safe("", 0))
grid = [[1, 2], [3, 4]]
print(grid[1][0], grid[-1][-1])
try:
    grid[2][0]
except IndexError as e:
    print("grid:", e)
print(nth_from_end([1, 2], 5))
