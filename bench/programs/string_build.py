"""string_build: string building with concatenation, f-strings, str.join,
str.split and str.replace."""
import sys
import time


def string_checksum(s, h):
    for ch in s:
        h = (h * 31 + ord(ch)) & 0xFFFFFFF
    return h


def render_row(i, name, value):
    return f"{i:5d} | {name:<8} | {value:8.2f} | {i % 7 == 0}"


def workload(scale):
    names = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
    h = 0
    for block in range(1000 * scale):
        # concatenation in a loop
        s = ""
        for i in range(60):
            s += names[(i + block) % 7] + ","
        # split and join
        parts = s.split(",")
        joined = " ".join(parts)
        upper = joined.upper().replace("A", "4").replace("E", "3")
        # f-strings and formatting
        rows = []
        for i in range(40):
            rows.append(render_row(i + block, names[i % 7], i * 1.25))
        table = "\n".join(rows)
        lines = table.split("\n")
        word_count = 0
        for line in lines:
            word_count += len(line.split("|"))
        h = string_checksum(upper[:200], h)
        h = string_checksum(lines[block % 40], h)
        h = (h + word_count + len(table) + upper.count("4")) & 0xFFFFFFF
        csv = ";".join([str(x) for x in range(block, block + 30)])
        h = (h + len(csv.replace(";", ""))) & 0xFFFFFFF
        h = (h + len(f"{block}-{names[block % 7]}-{block * 2}")) & 0xFFFFFFF
    return h


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


run_benchmark("string_build", workload)
