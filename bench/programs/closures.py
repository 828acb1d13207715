"""closures: closures over variables, nonlocal counters, a def in a loop, a
*args/**kwargs forwarding decorator."""
import sys
import time


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_adder(n):
    def add(x):
        return x + n
    return add


def counting(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    def get_calls():
        return calls
    wrapper.get_calls = get_calls
    return wrapper


def workload(scale):
    total = 0
    n = 90000 * scale
    c1 = make_counter(1)
    c3 = make_counter(3)
    adders = [make_adder(k) for k in range(8)]

    @counting
    def weighted(a, b, weight=1):
        return a * weight + b

    for i in range(n):
        base = i & 1023

        def local_square(y):
            return y * y + base          # def inside the loop, closes over base

        total += local_square(i & 15)
        total += adders[i & 7](c1())
        total += c3() & 0xFF
        total += weighted(i & 31, 2)
        total += weighted(1, b=i & 7, weight=3)
        total &= 0xFFFFFFF
    return total + weighted.get_calls()


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


run_benchmark("closures", workload)
