# several ways to compute Fibonacci numbers; they must agree
def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_memo(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def mat_mult(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
def fib_matrix(n):
    result = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            result = mat_mult(result, base)
        base = mat_mult(base, base)
        n >>= 1
    return result[0][1]
def fib_doubling(n):
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return go(n)[0]
gen = fib_gen()
first = [next(gen) for _ in range(25)]
print(first)
for n in [0, 1, 2, 10, 20]:
    vals = {fib_rec(n), fib_iter(n), fib_memo(n), fib_matrix(n), fib_doubling(n), first[n]}
    print(n, vals)
print(fib_iter(100), fib_matrix(100) == fib_iter(100) == fib_doubling(100) == fib_memo(100))
big = fib_doubling(1000)
print(len(str(big)), str(big)[:15], big % 1000000007)
print(sum(x for x in first if x % 2 == 0))
ratios = [fib_iter(n + 1) / fib_iter(n) for n in range(1, 30)]
print(round(ratios[-1], 12), abs(ratios[-1] - (1 + 5 ** 0.5) / 2) < 1e-10)
