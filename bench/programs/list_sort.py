"""list_sort: list building, sort() and sorted() with and without key=,
slicing, list comprehensions."""
import sys
import time


class Record:
    def __init__(self, ident, score, name):
        self.ident = ident
        self.score = score
        self.name = name


def workload(scale):
    n = 60000 * scale
    seed = 7
    values = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(seed % 100000)
    total = 0
    a = sorted(values)
    total += a[0] + a[-1] + a[n // 2]
    b = values[:]
    b.sort(reverse=True)
    total += b[10]
    # key functions
    c = sorted(values, key=lambda v: (v % 1000, v))
    total += c[0] + c[n // 3]
    records = [Record(i, values[i] % 977, "r" + str(values[i] % 50)) for i in range(n // 2)]
    records.sort(key=lambda r: r.score)
    total += records[0].ident + records[-1].ident
    pairs = [(r.name, r.ident) for r in records]
    pairs.sort()
    total += pairs[0][1] + pairs[-1][1]
    # slicing
    window = 0
    for i in range(0, n - 64, 64):
        chunk = values[i:i + 64]
        window += max(chunk[::2]) - min(chunk[1::2])
    total += window
    rev = values[::-1]
    total += rev[0] + len(values[100:-100])
    # comprehensions
    evens = [v for v in values if v % 2 == 0]
    doubled = [v * 2 for v in evens[:1000]]
    nested = [[i * j for j in range(10)] for i in range(100)]
    total += len(evens) + sum(doubled) + sum([row[-1] for row in nested])
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


run_benchmark("list_sort", workload)
