# N-queens: backtracking count, first solution rendering, generator of all solutions
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            yield from place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    return place(0)
def count_bitmask(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
for n in range(1, 9):
    sols = list(solve(n))
    print(n, len(sols), count_bitmask(n), sols[0] if sols else None)
first = next(solve(8))
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def is_valid(p):
    return all(p[i] != p[j] and abs(p[i] - p[j]) != j - i for i in range(len(p)) for j in range(i + 1, len(p)))
all8 = list(solve(8))
print(all(is_valid(p) for p in all8), len({tuple(p) for p in all8}))
def canonical(p):
    n = len(p)
    variants = []
    cur = p
    for _ in range(4):
        cur = [n - 1 - cur.index(r) for r in range(n)]
        variants.append(tuple(cur))
        variants.append(tuple(reversed(cur)))
    return min(variants)
print("distinct up to symmetry:", len({canonical(p) for p in all8}))
