"""dict_heavy: dict insert, lookup, update and iteration with int and str
keys; counting words."""
import sys
import time

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "so", "ti", "vo", "ze"]


def make_words(count, seed):
    words = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = SYLLABLES[seed % 10] + SYLLABLES[(seed >> 5) % 10]
        if seed & 0x100:
            w += SYLLABLES[(seed >> 10) % 10]
        words.append(w)
    return words


def workload(scale):
    words = make_words(120000 * scale, 42)
    # word counting: get() and "in" test styles
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    first_seen = {}
    for i, w in enumerate(words):
        if w not in first_seen:
            first_seen[w] = i
    # int keys: insert, lookup, update, delete
    squares = {}
    for i in range(160000 * scale):
        squares[i] = i * i
    total = 0
    for i in range(0, 160000 * scale, 3):
        total += squares[i] & 0xFFFF
    for i in range(0, 160000 * scale, 2):
        del squares[i]
    squares.update({k: k + 1 for k in range(5000)})
    # iteration over keys / values / items (insertion order is deterministic)
    for k, v in counts.items():
        total += v * len(k) + first_seen[k]
    for k in squares:
        total += k & 0xFF
    for v in squares.values():
        total += v & 0x7
    # merge two dicts and count by word length
    by_length = {}
    for k in counts:
        by_length.setdefault(len(k), []).append(k)
    for length, group in by_length.items():
        total += length * len(group)
    merged = dict(counts)
    merged.update(first_seen)
    total += len(merged) + len(squares)
    return total & 0xFFFFFFFF


# ---------------------------------------------------------------------------
# Shared benchmark protocol (identical in every program; only sys and time).
# usage: python3 PROGRAM.py [ITERATIONS [SCALE]]
# Each iteration runs the same workload and returns an int checksum; all
# iterations must agree.  The last stdout line is
#   RESULT {"name": ..., "checksum": ..., "times": [...]}

def run_benchmark(name, workload, default_iterations=40):
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else default_iterations
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    times = []
    expected = None
    for i in range(iterations):
        t0 = time.perf_counter()
        checksum = workload(scale)
        t1 = time.perf_counter()
        times.append(t1 - t0)
        if type(checksum) is not int:
            print("ERROR " + name + ": checksum is not an int: " + repr(checksum))
            sys.exit(1)
        if i == 0:
            expected = checksum
        elif checksum != expected:
            print("ERROR " + name + ": iteration " + str(i) + " checksum "
                  + str(checksum) + " != " + str(expected))
            sys.exit(1)
    if iterations > 0:
        print(name + ": " + str(iterations) + " iterations, first "
              + str(round(times[0] * 1000.0, 2)) + " ms, last "
              + str(round(times[-1] * 1000.0, 2)) + " ms")
    checksum_text = "null" if expected is None else str(expected)
    print('RESULT {"name": "' + name + '", "checksum": ' + checksum_text
          + ', "times": [' + ", ".join([repr(t) for t in times]) + "]}")


run_benchmark("dict_heavy", workload)
