"""method_calls: obj.method(x) calls on instances (attribute lookup + call)."""
import sys
import time


class Counter:
    def __init__(self, start):
        self.value = start
        self.steps = 0

    def add(self, x):
        self.value += x
        self.steps += 1
        return self.value

    def scaled(self, x):
        return self.value * x % 1009

    def reset_if_large(self, limit):
        if self.value > limit:
            self.value = self.value % limit
            return True
        return False


class Accumulator:
    def __init__(self):
        self.total = 0

    def push(self, x):
        self.total = (self.total + x) & 0xFFFFFFF
        return self.total


def workload(scale):
    counters = [Counter(i) for i in range(4)]
    acc = Accumulator()
    n = 360000 * scale
    for i in range(n):
        c = counters[i & 3]
        c.add(i)
        acc.push(c.scaled(3))
        c.reset_if_large(100000)
    steps = 0
    for c in counters:
        steps += c.steps
    return acc.total + steps


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


run_benchmark("method_calls", workload)
