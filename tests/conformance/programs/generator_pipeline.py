# a lazy generator pipeline processing log lines
LOG = """\
2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG connection from 10.0.0.1
2024-01-01 10:01:12 WARN  slow request path=/api/users ms=1200
2024-01-01 10:02:00 ERROR database timeout path=/api/orders
2024-01-01 10:02:30 INFO  request path=/api/users ms=35
# a comment line
2024-01-01 10:03:00 ERROR disk full path=/var/log

2024-01-01 10:04:10 INFO  request path=/api/orders ms=80
2024-01-01 10:05:00 WARN  slow request path=/api/orders ms=950
"""
trace = []
def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        date, time, level, *rest = line.split()
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        message = " ".join(p for p in rest if "=" not in p)
        yield {"time": time, "level": level, "msg": message, **fields}
def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = parse(non_empty(read_lines(LOG)))
print(type(pipeline).__name__, len(trace))
first_two = list(take(2, pipeline))
print([r["time"] for r in first_two], "lines read so far:", len(trace))
records = list(parse(non_empty(read_lines(LOG))))
print(len(records), "records")
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
for r in where(records, level="ERROR"):
    print("ERROR at", r["time"], "-", r["msg"], r.get("path"))
timings = [int(r["ms"]) for r in records if "ms" in r]
print("timings", timings, "avg", sum(timings) / len(timings), "max", max(timings))
by_path = {}
for r in records:
    if "path" in r:
        by_path.setdefault(r["path"], []).append(r["level"])
for path in sorted(by_path):
    print(path, by_path[path])
def running_max(values):
    best = None
    for v in values:
        best = v if best is None or v > best else best
        yield best
print(list(running_max(timings)))
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(timings, 3)))
