#!/usr/bin/env python3
"""Compares two minipy command lines over the benchmark programs, one process per program and
configuration, alternating A and B (and swapping the order every other round), 40 iterations each.

    python3 bench/tools/ab.py "bin/minipy" "bin/minipy --experimental-options --engine.MultiTier=false"
    ROUNDS=2 python3 bench/tools/ab.py "bin/minipy" "bin/minipy ..." fib,nbody

Prints per program the whole-process wall time and the steady time (median of the last half of the
iterations) of A and B (medians over rounds), and the geometric means of A/B: above 1 means B is
faster. Run from the repository root; the machine should be otherwise idle.
"""
import json
import math
import os
import shlex
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(ROOT, "bench", "programs")


def median(xs):
    s = sorted(xs)
    return s[len(s) // 2]


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    a, b = shlex.split(sys.argv[1]), shlex.split(sys.argv[2])
    progs = sorted(p[:-3] for p in os.listdir(PROGRAMS) if p.endswith(".py"))
    if len(sys.argv) > 3:
        progs = sys.argv[3].split(",")
    rounds = int(os.environ.get("ROUNDS", "1"))
    results = {}
    for r in range(rounds):
        for p in progs:
            order = (("A", a), ("B", b)) if r % 2 == 0 else (("B", b), ("A", a))
            for name, cmd in order:
                t0 = time.time()
                out = subprocess.run(cmd + [os.path.join(PROGRAMS, p + ".py"), "40"], cwd=ROOT, capture_output=True, text=True).stdout
                wall = time.time() - t0
                lines = [l for l in out.splitlines() if l.startswith("RESULT")]
                if not lines:
                    print(p, name, "FAILED")
                    continue
                times = json.loads(lines[0].split(None, 1)[1])["times"]
                steady = median(times[len(times) // 2:])
                results.setdefault((p, name), []).append((wall, steady))
    walls, steadies = [], []
    for p in progs:
        ra, rb = results.get((p, "A")), results.get((p, "B"))
        if not ra or not rb:
            continue
        aw, bw = median([x[0] for x in ra]), median([x[0] for x in rb])
        ast, bst = median([x[1] for x in ra]), median([x[1] for x in rb])
        walls.append(aw / bw)
        steadies.append(ast / bst)
        print("%-18s wall A %.2f B %.2f s   steady A %.1f B %.1f ms" % (p, aw, bw, ast * 1e3, bst * 1e3))
    if walls:
        print("B vs A speedup: wall geomean %.3f, steady geomean %.3f" % (geomean(walls), geomean(steadies)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
