"""generators: a generator pipeline with yield from, generator expressions and
a coroutine driven by send()."""
import sys
import time


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunked):
    for chunk in chunked:
        yield from chunk


def squares_then_marker(source):
    yield from (x * x for x in source)
    yield -1


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total // count
    return total


def workload(scale):
    n = 480000 * scale
    pipeline = squares_then_marker(flatten(chunks(evens(numbers(n)), 16)))
    acc = averager()
    next(acc)
    checksum = 0
    for value in pipeline:
        avg = acc.send(value & 0xFFFF)
        checksum = (checksum + avg) & 0xFFFFFFF
    try:
        acc.send(None)
    except StopIteration as stop:
        checksum += stop.value
    checksum += sum(x for x in range(n // 10) if x % 3 == 0)
    return checksum


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


run_benchmark("generators", workload)
