"""fib: deeply recursive calls of a small Python function (call/return overhead)."""
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def workload(scale):
    total = 0
    for _ in range(scale):
        total += fib(29)
        total += fib(26)
    return total


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


run_benchmark("fib", workload)
