# Conway's game of life on a small torus, with pattern detection
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
H, W = 8, 10
glider = parse([".#........", "..#.......", "###......."])
state = glider
for gen in range(5):
    print(f"generation {gen} ({len(state)} alive)")
    print(render(state, H, W))
    state = step(state, H, W)
def normalize(cells):
    mr = min(r for r, _ in cells)
    mc = min(c for _, c in cells)
    return sorted((r - mr, c - mc) for r, c in cells)
s = glider
for _ in range(4):
    s = step(s, H, W)
print("glider shape repeats after 4 steps:", normalize(s) == normalize(glider), "moved to", sorted(s)[0])
blinker = parse(["", ".###"])
b1 = step(blinker, H, W)
print("blinker period 2:", step(b1, H, W) == blinker, b1 != blinker, sorted(b1))
block = parse(["##", "##"])
print("block is still life:", step(block, H, W) == block)
r_pentomino = parse(["....", ".##.", "##..", ".#.."])
seen = {}
s = frozenset(r_pentomino)
for gen in range(60):
    if s in seen:
        print("cycle: generation", gen, "repeats generation", seen[s], "population", len(s))
        break
    seen[s] = gen
    s = frozenset(step(s, H, W))
else:
    print("no cycle within 60 generations; population", len(s))
