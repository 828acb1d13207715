#!/usr/bin/env python3
"""Benchmark runner for minipy.

Runs every program in bench/programs/ (or the ones named on the command line)
on CPython, minipy and, if available, PyPy -- one process at a time -- and
reports first-iteration time, steady-state time, whole-process wall time and
peak RSS, each also as a ratio to CPython.

    python3 bench/run.py                      # all programs, 40 iterations
    python3 bench/run.py fib nbody -n 20      # a subset
    python3 bench/run.py --minipy python3     # test the harness without minipy
    python3 bench/run.py --minipy "bin/minipy --interpreter-only"

Results go to bench/results/<timestamp>.json, bench/results/latest.json and
bench/results/latest.svg; --markdown FILE also writes the tables as Markdown.
See bench/README.md for the protocol the programs follow.
"""

import argparse
import json
import math
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
RESULTS_DIR = os.path.join(BENCH_DIR, "results")
TOOLS_SRC = os.path.join(BENCH_DIR, "tools", "rusage_exec.c")
TOOLS_BIN_DIR = os.path.join(RESULTS_DIR, ".tools")

REFERENCE = "cpython"

SPEEDUP_NOTE = ("speedup = cpython_time / impl_time (higher is better, >1 means faster "
                "than CPython); RSS ratio = impl_peak_rss / cpython_peak_rss (lower is "
                "better, <1 means less memory than CPython)")


# ---------------------------------------------------------------------------
# Small helpers

def median(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        return None
    if n % 2:
        return s[n // 2]
    return (s[n // 2 - 1] + s[n // 2]) / 2.0


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratio(numerator, denominator):
    if numerator is None or denominator is None or denominator <= 0 or numerator <= 0:
        return None
    return numerator / denominator


def log(message):
    print(message, file=sys.stderr, flush=True)


def tail(text, limit=2000):
    return text if len(text) <= limit else "..." + text[-limit:]


def last_line(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


# ---------------------------------------------------------------------------
# Process measurement

class Spawner:
    """Runs a command and measures wall time and the child's peak RSS.

    Linux keeps the RSS high-water mark across fork+exec, so a direct child
    of this (Python) runner would report at least the runner's own RSS.  When
    a C compiler is available we compile bench/tools/rusage_exec.c and let it
    fork the real command from a tiny address space; otherwise we fall back to
    os.wait4 on a direct child and record the resulting RSS floor.
    """

    def __init__(self, timeout):
        self.timeout = timeout
        self.helper = self._build_helper()
        self.method = "rusage_exec helper (fork from a small process, wait4)" if self.helper \
            else "os.wait4 on direct child (RSS includes the runner's RSS as a floor)"
        floor = self.run(["/bin/true"]) if os.path.exists("/bin/true") else None
        self.rss_floor_kb = floor["rss_kb"] if floor and floor["ok_exit"] else None

    def _build_helper(self):
        target = os.path.join(TOOLS_BIN_DIR, "rusage_exec")
        try:
            if os.path.exists(target) and os.path.getmtime(target) >= os.path.getmtime(TOOLS_SRC):
                return target
            compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
            if compiler is None or not os.path.exists(TOOLS_SRC):
                return None
            os.makedirs(TOOLS_BIN_DIR, exist_ok=True)
            tmp_target = target + ".tmp%d" % os.getpid()
            proc = subprocess.run([compiler, "-O2", "-o", tmp_target, TOOLS_SRC],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if proc.returncode != 0:
                log("warning: could not compile rusage_exec helper:\n"
                    + proc.stdout.decode(errors="replace"))
                return None
            os.replace(tmp_target, target)
            return target
        except OSError as exc:
            log("warning: rusage_exec helper unavailable: %s" % exc)
            return None

    def run(self, argv):
        """Run argv from the repository root.  Returns a dict with ok_exit,
        exit_code, wall, rss_kb, user, sys, stdout, stderr, reason."""
        result = {"ok_exit": False, "exit_code": None, "wall": None, "rss_kb": None,
                  "user": None, "sys": None, "stdout": "", "stderr": "", "reason": None}
        problem = command_problem(argv)
        if problem:
            result["reason"] = problem
            return result
        fd, report_path = tempfile.mkstemp(prefix="minipy-bench-rusage-")
        os.close(fd)
        try:
            with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
                full_argv = [self.helper, report_path] + argv if self.helper else argv
                timed_out = threading.Event()
                t0 = time.perf_counter()
                try:
                    proc = subprocess.Popen(full_argv, cwd=REPO_ROOT, stdin=subprocess.DEVNULL,
                                            stdout=out, stderr=err, start_new_session=True)
                except OSError as exc:
                    result["reason"] = "cannot start %s: %s" % (argv[0], exc)
                    return result

                def kill_group():
                    timed_out.set()
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)
                    except (ProcessLookupError, PermissionError):
                        pass

                timer = threading.Timer(self.timeout, kill_group)
                timer.start()
                try:
                    while True:
                        try:
                            _, status, usage = os.wait4(proc.pid, 0)
                            break
                        except InterruptedError:
                            continue
                finally:
                    timer.cancel()
                wall = time.perf_counter() - t0
                proc.returncode = os.waitstatus_to_exitcode(status)
                out.seek(0)
                err.seek(0)
                result["stdout"] = out.read().decode("utf-8", errors="replace")
                result["stderr"] = err.read().decode("utf-8", errors="replace")

            if timed_out.is_set():
                result["reason"] = "timeout after %gs" % self.timeout
                return result
            if self.helper:
                with open(report_path) as f:
                    fields = f.read().split()
                if proc.returncode != 0 or len(fields) != 5:
                    result["reason"] = "measurement helper failed (exit %d): %s" % (
                        proc.returncode, last_line(result["stderr"]))
                    return result
                code = int(fields[0])
                result.update(exit_code=code, wall=float(fields[1]), rss_kb=int(fields[2]),
                              user=float(fields[3]), sys=float(fields[4]))
            else:
                code = proc.returncode
                result.update(exit_code=code, wall=wall, rss_kb=usage.ru_maxrss,
                              user=usage.ru_utime, sys=usage.ru_stime)
            if code == 0:
                result["ok_exit"] = True
            elif code < 0:
                result["reason"] = "killed by signal %d" % -code
            else:
                detail = ""
                for line in reversed(result["stdout"].splitlines()):
                    if line.startswith("ERROR"):
                        detail = line.strip()
                        break
                if not detail:
                    detail = last_line(result["stderr"]) or last_line(result["stdout"])
                result["reason"] = "exit code %d%s" % (code, (": " + detail[:300]) if detail else "")
            return result
        finally:
            try:
                os.unlink(report_path)
            except OSError:
                pass


def command_problem(argv):
    exe = argv[0]
    if os.sep in exe:
        path = exe if os.path.isabs(exe) else os.path.join(REPO_ROOT, exe)
        if not os.path.exists(path):
            return "command not found: %s" % exe
        if not os.access(path, os.X_OK):
            return "command not executable: %s" % exe
        return None
    if shutil.which(exe) is None:
        return "command not found: %s" % exe
    return None


def resolve_python(argv):
    """Replace a wrapper (e.g. a pyenv shim, which costs tens of ms per start)
    by the real interpreter executable reported by sys.executable."""
    if command_problem(argv):
        return argv
    try:
        proc = subprocess.run(argv + ["-c", "import sys; print(sys.executable)"],
                              cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              timeout=60)
        exe = proc.stdout.decode().strip()
        if proc.returncode == 0 and exe and os.path.isabs(exe) and os.access(exe, os.X_OK):
            return [exe] + argv[1:]
    except (OSError, subprocess.SubprocessError):
        pass
    return argv


# ---------------------------------------------------------------------------
# Benchmark runs

def parse_result(stdout, program, iterations):
    """Returns (data, error) for the last RESULT line of stdout."""
    lines = [l for l in stdout.splitlines() if l.startswith("RESULT ")]
    if not lines:
        return None, "no RESULT line in output"
    try:
        data = json.loads(lines[-1][len("RESULT "):])
    except ValueError as exc:
        return None, "unparsable RESULT line (%s): %s" % (exc, lines[-1][:200])
    if not isinstance(data, dict):
        return None, "RESULT is not a JSON object"
    times = data.get("times")
    if not isinstance(times, list) or not all(isinstance(t, (int, float)) for t in times):
        return None, "RESULT has no list of times"
    if len(times) != iterations:
        return None, "RESULT has %d times, expected %d" % (len(times), iterations)
    if not times:
        return None, "no iterations were run"
    if data.get("name") != program:
        return None, "RESULT name %r does not match program %r" % (data.get("name"), program)
    if not isinstance(data.get("checksum"), int) or isinstance(data.get("checksum"), bool):
        return None, "RESULT checksum is not an int: %r" % (data.get("checksum"),)
    return data, None


def run_program(spawner, command, program, iterations, scale):
    path = os.path.join("bench", "programs", program + ".py")
    argv = command + [path, str(iterations)]
    if scale != 1:
        argv.append(str(scale))
    proc = spawner.run(argv)
    run = {"ok": False, "reason": proc["reason"], "argv": argv, "wall": proc["wall"],
           "rss_kb": proc["rss_kb"], "user": proc["user"], "sys": proc["sys"],
           "checksum": None, "times": None, "first": None, "steady": None}
    if proc["ok_exit"]:
        data, error = parse_result(proc["stdout"], program, iterations)
        if error:
            run["reason"] = error
        else:
            times = [float(t) for t in data["times"]]
            last_half = times[len(times) // 2:]
            run.update(ok=True, checksum=data["checksum"], times=times, first=times[0],
                       steady=median(last_half), steady_min=min(last_half))
    if not run["ok"]:
        run["stdout_tail"] = tail(proc["stdout"])
        run["stderr_tail"] = tail(proc["stderr"])
    return run


def aggregate(runs):
    """Combine the repeated runs of one (program, implementation)."""
    entry = {"status": "ok", "reason": None, "runs": runs}
    failed = [r for r in runs if not r["ok"]]
    if failed:
        entry["status"] = "FAILED"
        entry["reason"] = failed[0]["reason"]
    else:
        checksums = sorted(set(r["checksum"] for r in runs))
        if len(checksums) > 1:
            entry["status"] = "FAILED"
            entry["reason"] = "checksum differs between repeats: %s" % checksums
    ok_runs = [r for r in runs if r["ok"]]
    entry["checksum"] = ok_runs[0]["checksum"] if ok_runs else None
    for key in ("first", "steady", "wall"):
        entry[key] = median([r[key] for r in ok_runs]) if ok_runs else None
    entry["rss_mb"] = median([r["rss_kb"] / 1024.0 for r in ok_runs]) if ok_runs else None
    return entry


def add_ratios(entry, ref):
    ok = entry["status"] == "ok" and ref is not None and ref["status"] == "ok"
    for key in ("first", "steady", "wall"):
        entry["speedup_" + key] = ratio(ref[key], entry[key]) if ok else None
    entry["rss_ratio"] = ratio(entry["rss_mb"], ref["rss_mb"]) if ok else None


def run_hello(spawner, impls, runs):
    hello_dir = tempfile.mkdtemp(prefix="minipy-bench-")
    hello_path = os.path.join(hello_dir, "hello.py")
    with open(hello_path, "w") as f:
        f.write('print("hello")\n')
    results = {name: [] for name in impls}
    try:
        for _ in range(runs):
            for name, command in impls.items():
                proc = spawner.run(command + [hello_path])
                ok = proc["ok_exit"] and proc["stdout"].strip() == "hello"
                reason = proc["reason"]
                if proc["ok_exit"] and not ok:
                    reason = "unexpected output: %r" % proc["stdout"][:100]
                results[name].append({"ok": ok, "reason": reason, "wall": proc["wall"],
                                      "rss_kb": proc["rss_kb"]})
    finally:
        shutil.rmtree(hello_dir, ignore_errors=True)
    hello = {}
    for name, rs in results.items():
        good = [r for r in rs if r["ok"]]
        bad = [r for r in rs if not r["ok"]]
        hello[name] = {
            "status": "ok" if not bad else "FAILED",
            "reason": bad[0]["reason"] if bad else None,
            "wall": median([r["wall"] for r in good]) if good else None,
            "rss_mb": median([r["rss_kb"] / 1024.0 for r in good]) if good else None,
            "runs": rs,
        }
    ref = hello.get(REFERENCE)
    for name, h in hello.items():
        ok = h["status"] == "ok" and ref is not None and ref["status"] == "ok"
        h["speedup_wall"] = ratio(ref["wall"], h["wall"]) if ok else None
        h["rss_ratio"] = ratio(h["rss_mb"], ref["rss_mb"]) if ok else None
    return hello


# ---------------------------------------------------------------------------
# Tables

def short(text, limit=70):
    text = str(text)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def fmt_time(seconds):
    if seconds is None:
        return "-"
    if seconds < 1.0:
        return "%.1f ms" % (seconds * 1000.0)
    return "%.3f s" % seconds


def fmt_ratio(value):
    if value is None:
        return "-"
    if value >= 100:
        return "%.0fx" % value
    if value >= 10:
        return "%.1fx" % value
    return "%.2fx" % value


def fmt_mb(value):
    return "-" if value is None else "%.1f MB" % value


def program_table(entries, impl_names):
    headers = ["impl", "status", "first iter", "speedup", "steady", "speedup",
               "process", "speedup", "peak RSS", "RSS ratio"]
    rows = []
    for name in impl_names:
        e = entries.get(name)
        if e is None:
            continue
        status = e["status"] if e["status"] == "ok" else "%s: %s" % (e["status"], short(e["reason"]))
        rows.append([name, status, fmt_time(e["first"]), fmt_ratio(e["speedup_first"]),
                     fmt_time(e["steady"]), fmt_ratio(e["speedup_steady"]),
                     fmt_time(e["wall"]), fmt_ratio(e["speedup_wall"]),
                     fmt_mb(e["rss_mb"]), fmt_ratio(e["rss_ratio"])])
    return headers, rows


def summary_table(summary, impl_names):
    headers = ["impl", "ok", "failed", "geomean first-iter speedup", "geomean steady speedup",
               "geomean process speedup", "geomean RSS ratio"]
    rows = []
    for name in impl_names:
        s = summary[name]
        rows.append([name, str(s["ok"]), str(s["failed"]), fmt_ratio(s["geomean_speedup_first"]),
                     fmt_ratio(s["geomean_speedup_steady"]), fmt_ratio(s["geomean_speedup_wall"]),
                     fmt_ratio(s["geomean_rss_ratio"])])
    return headers, rows


def hello_table(hello, impl_names):
    headers = ["impl", "status", "process time", "speedup", "peak RSS", "RSS ratio"]
    rows = []
    for name in impl_names:
        h = hello[name]
        status = h["status"] if h["status"] == "ok" else "%s: %s" % (h["status"], short(h["reason"]))
        rows.append([name, status, fmt_time(h["wall"]), fmt_ratio(h["speedup_wall"]),
                     fmt_mb(h["rss_mb"]), fmt_ratio(h["rss_ratio"])])
    return headers, rows


def overview_table(programs, impl_names):
    others = [n for n in impl_names if n != REFERENCE]
    headers = ["program", "cpython steady"]
    for name in others:
        headers += [name + " steady speedup", name + " process speedup", name + " RSS ratio"]
    rows = []
    for program, entries in programs.items():
        ref = entries.get(REFERENCE)
        row = [program, fmt_time(ref["steady"]) if ref and ref["status"] == "ok" else "FAILED"]
        for name in others:
            e = entries[name]
            if e["status"] != "ok":
                row += ["FAILED", "", ""]
            else:
                row += [fmt_ratio(e["speedup_steady"]), fmt_ratio(e["speedup_wall"]),
                        fmt_ratio(e["rss_ratio"])]
        rows.append(row)
    return headers, rows


def render_text(headers, rows):
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    left_aligned = [i == 0 or h == "status" for i, h in enumerate(headers)]

    def line(cells):
        parts = []
        for i, cell in enumerate(cells):
            parts.append(cell.ljust(widths[i]) if left_aligned[i] else cell.rjust(widths[i]))
        return "  ".join(parts).rstrip()

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def render_markdown(headers, rows):
    def esc(cell):
        return cell.replace("|", "\\|")
    out = ["| " + " | ".join(esc(h) for h in headers) + " |",
           "|" + "|".join(":---" if i == 0 or h == "status" else "---:"
                          for i, h in enumerate(headers)) + "|"]
    for r in rows:
        out.append("| " + " | ".join(esc(c) for c in r) + " |")
    return "\n".join(out)


def report_sections(results):
    """Yields (title, headers, rows) for every table of the report."""
    impl_names = list(results["implementations"])
    yield ("Summary (geometric means over programs that succeeded on both sides)",) + \
        summary_table(results["summary"], impl_names)
    if results.get("hello"):
        yield ('Hello world (median of %d processes running print("hello"))' % results["hello_runs"],) \
            + hello_table(results["hello"], impl_names)
    if len(impl_names) > 1:
        yield ("Overview per program",) + overview_table(results["programs"], impl_names)
    for program, entries in results["programs"].items():
        yield ("Program: %s" % program,) + program_table(entries, impl_names)


def header_lines(results):
    lines = ["iterations=%d scale=%d repeat=%d  (first = first iteration; steady = median of the "
             "last half of the iterations; process = whole-process wall time)"
             % (results["iterations"], results["scale"], results["repeat"]),
             SPEEDUP_NOTE]
    for name, cmd in results["implementations"].items():
        lines.append("%s: %s" % (name, " ".join(shlex.quote(c) for c in cmd)))
    lines.append("peak RSS measured with: %s" % results["rss_method"])
    return lines


def print_report(results, stream):
    for line in header_lines(results):
        print(line, file=stream)
    for title, headers, rows in report_sections(results):
        print("", file=stream)
        print("== %s ==" % title, file=stream)
        print(render_text(headers, rows), file=stream)


def write_markdown(results, path):
    out = ["# minipy benchmark results", "",
           "Generated by `bench/run.py` on %s (%s, %s, %d CPUs)." % (
               results["date"], results["host"]["machine"], results["host"]["system"],
               results["host"]["cpus"]), ""]
    for line in header_lines(results):
        out.append("- " + line.replace("*", "\\*"))
    for title, headers, rows in report_sections(results):
        out += ["", "## " + title, "", render_markdown(headers, rows)]
    out.append("")
    with open(path, "w") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------
# SVG chart

HELLO_GROUP = "hello world"
PALETTE = [("#1f5fa8", "#8fb8e6"), ("#c0392b", "#f1a99b"), ("#2e8b57", "#9fd8b5"),
           ("#8e44ad", "#d2b0e3"), ("#d35400", "#f5c08f")]


def xml_escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def write_svg(results, path):
    impl_names = [n for n in results["implementations"] if n != REFERENCE]
    groups = list(results["programs"])
    if results.get("hello"):
        groups.append(HELLO_GROUP)
    groups.append("geomean")
    series = []   # (impl, metric, label, color)
    for i, name in enumerate(impl_names):
        dark, light = PALETTE[i % len(PALETTE)]
        series.append((name, "steady", "%s steady-state speedup" % name, dark))
        series.append((name, "wall", "%s process-time speedup" % name, light))

    def value(group, impl, metric):
        if group == HELLO_GROUP:
            h = results["hello"][impl]
            return h["speedup_wall"] if metric == "wall" and h["status"] == "ok" else None
        if group == "geomean":
            return results["summary"][impl]["geomean_speedup_" + metric]
        e = results["programs"][group][impl]
        return e["speedup_" + metric] if e["status"] == "ok" else None

    def failed(group, impl):
        if group == HELLO_GROUP:
            return results["hello"][impl]["status"] != "ok"
        if group == "geomean":
            return False
        return results["programs"][group][impl]["status"] != "ok"

    values = [value(g, s[0], s[1]) for g in groups for s in series]
    values = [v for v in values if v]
    lo_exp = math.floor(math.log10(min(values + [1.0])))
    hi_exp = math.ceil(math.log10(max(values + [1.0])))
    if lo_exp == 0:
        lo_exp = -1
    if hi_exp == 0:
        hi_exp = 1

    bar_w = 13 if len(series) <= 2 else 9
    group_gap = 18
    group_w = max(1, len(series)) * bar_w + group_gap
    left, right, top, bottom = 70, 20, 90, 130
    plot_h = 360
    title = "minipy speedup vs CPython (cpython_time / impl_time, higher is better, log scale)"
    sub = "%s  |  %d iterations, repeat %d  |  steady = median of last half of iterations; " \
          "process = whole-process wall time" % (results["date"], results["iterations"], results["repeat"])
    legend_w = sum(24 + 6 * len(s[2]) for s in series)
    # rough text widths (no font metrics in plain SVG): ~9.5 px/char bold 16px, ~6 px/char 11px
    width = int(max(left + len(groups) * group_w + right, left + 9.5 * len(title) + right,
                    left + 6.0 * len(sub) + right, left + legend_w + right))
    plot_w = width - left - right
    group_w = plot_w / float(len(groups))
    height = top + plot_h + bottom

    def y_of(v):
        frac = (math.log10(v) - lo_exp) / float(hi_exp - lo_exp)
        return top + plot_h - frac * plot_h

    svg = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'viewBox="0 0 %d %d" font-family="Helvetica, Arial, sans-serif">' % (width, height, width, height),
           '<rect x="0" y="0" width="%d" height="%d" fill="white"/>' % (width, height)]
    svg.append('<text x="%d" y="24" font-size="16" font-weight="bold">%s</text>' % (left, xml_escape(title)))
    svg.append('<text x="%d" y="42" font-size="11" fill="#444">%s</text>' % (left, xml_escape(sub)))
    # legend
    lx = left
    for (_, _, label, color) in series:
        svg.append('<rect x="%d" y="54" width="12" height="12" fill="%s"/>' % (lx, color))
        svg.append('<text x="%d" y="64" font-size="11">%s</text>' % (lx + 16, xml_escape(label)))
        lx += 24 + 6 * len(label)
    # grid lines: decades solid, 2x and 5x dotted
    for e in range(lo_exp, hi_exp + 1):
        for m in (1, 2, 5):
            v = m * 10.0 ** e
            if v > 10.0 ** hi_exp:
                continue
            y = y_of(v)
            label = xml_escape("%gx" % float("%.3g" % v))
            if m == 1:
                svg.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#bbb" stroke-width="1"/>'
                           % (left, y, left + plot_w, y))
                svg.append('<text x="%d" y="%.1f" font-size="11" text-anchor="end">%s</text>'
                           % (left - 6, y + 4, label))
            else:
                svg.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e3e3e3" '
                           'stroke-width="1" stroke-dasharray="2,3"/>' % (left, y, left + plot_w, y))
                svg.append('<text x="%d" y="%.1f" font-size="9" fill="#999" text-anchor="end">%s</text>'
                           % (left - 6, y + 3, label))
    y1 = y_of(1.0)
    svg.append('<text x="16" y="%d" font-size="12" transform="rotate(-90 16 %d)" text-anchor="middle">'
               'speedup vs CPython</text>' % (top + plot_h // 2, top + plot_h // 2))
    # bars
    for gi, group in enumerate(groups):
        gx = left + gi * group_w + (group_w - len(series) * bar_w) / 2.0
        if group == "geomean":
            svg.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="#f4f4f4"/>'
                       % (left + gi * group_w, top, group_w, plot_h))
        for si, (impl, metric, label, color) in enumerate(series):
            x = gx + si * bar_w
            v = value(group, impl, metric)
            if v is None:
                if failed(group, impl) and metric == "steady":
                    svg.append('<text x="%.1f" y="%.1f" font-size="10" fill="#c00" '
                               'transform="rotate(-90 %.1f %.1f)">FAILED</text>'
                               % (x + bar_w, y1 - 4, x + bar_w, y1 - 4))
                continue
            yv = y_of(min(max(v, 10.0 ** lo_exp), 10.0 ** hi_exp))
            y_top, h = min(yv, y1), abs(yv - y1)
            svg.append('<rect x="%.1f" y="%.1f" width="%d" height="%.1f" fill="%s">'
                       '<title>%s %s: %s</title></rect>'
                       % (x, y_top, bar_w - 1, max(h, 0.5), color, xml_escape(group),
                          xml_escape(label), xml_escape(fmt_ratio(v))))
            tx = x + bar_w / 2.0 + 3
            if v >= 1.0:
                ty, anchor = y_top - 3, "start"
            else:
                ty, anchor = y_top + h + 3, "end"
            svg.append('<text x="%.1f" y="%.1f" font-size="9" text-anchor="%s" '
                       'transform="rotate(-90 %.1f %.1f)">%s</text>'
                       % (tx, ty, anchor, tx, ty, xml_escape(fmt_ratio(v))))
        lxp = gx + len(series) * bar_w / 2.0
        ly = top + plot_h + 14
        weight = ' font-weight="bold"' if group == "geomean" else ""
        svg.append('<text x="%.1f" y="%d" font-size="11" text-anchor="end"%s '
                   'transform="rotate(-40 %.1f %d)">%s</text>'
                   % (lxp, ly, weight, lxp, ly, xml_escape(group)))
    # axes and the y = 1 (parity with CPython) line
    svg.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#333"/>' % (left, top, left, top + plot_h))
    svg.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#333" stroke-width="1.5"/>'
               % (left, y1, left + plot_w, y1))
    svg.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(svg) + "\n")


# ---------------------------------------------------------------------------
# Main

def list_programs():
    return sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR)
                  if f.endswith(".py") and not f.startswith("_"))


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run the minipy benchmarks on CPython, minipy and PyPy (if found), "
                    "one process at a time. " + SPEEDUP_NOTE + ".")
    p.add_argument("programs", nargs="*", help="programs to run (default: all in bench/programs)")
    p.add_argument("-n", "--iterations", type=int, default=40,
                   help="iterations per process (argv[1] of each program; default 40)")
    p.add_argument("--scale", type=int, default=1, help="workload size scale (argv[2]; default 1)")
    p.add_argument("--repeat", type=int, default=1,
                   help="run each process K times and keep the median of each metric (default 1)")
    p.add_argument("--minipy", default="bin/minipy",
                   help='minipy command, split like a shell would (default "bin/minipy"); '
                        'any command works, e.g. "python3" to test the harness')
    p.add_argument("--cpython", default="python3", help='CPython command (default "python3")')
    p.add_argument("--pypy", default=None,
                   help="PyPy command (default: pypy3 if it is on PATH)")
    p.add_argument("--no-pypy", action="store_true", help="do not run PyPy even if found")
    p.add_argument("--no-resolve", action="store_true",
                   help="do not replace the CPython/PyPy commands by their sys.executable "
                        "(by default wrappers such as pyenv shims are bypassed)")
    p.add_argument("--hello-runs", type=int, default=5,
                   help="processes per implementation for the hello-world row (default 5; 0 = skip)")
    p.add_argument("--timeout", type=float, default=900.0,
                   help="seconds before a benchmark process is killed (default 900)")
    p.add_argument("--markdown", metavar="FILE", help="also write the tables as Markdown to FILE")
    p.add_argument("--no-save", action="store_true",
                   help="do not write bench/results/*.json and latest.svg")
    p.add_argument("--list", action="store_true", help="list the programs and exit")
    args = p.parse_args(argv)
    if args.iterations < 1 or args.repeat < 1 or args.scale < 1 or args.hello_runs < 0:
        p.error("--iterations, --repeat and --scale must be >= 1, --hello-runs >= 0")
    return args


def main(argv):
    args = parse_args(argv)
    available = list_programs()
    if args.list:
        for name in available:
            print(name)
        return 0
    selected = []
    for name in args.programs or available:
        name = os.path.basename(name)
        if name.endswith(".py"):
            name = name[:-3]
        if name not in available:
            print("unknown program %r; available: %s" % (name, ", ".join(available)), file=sys.stderr)
            return 2
        if name not in selected:
            selected.append(name)

    cpython = shlex.split(args.cpython)
    pypy = None
    if not args.no_pypy:
        if args.pypy:
            pypy = shlex.split(args.pypy)
        elif shutil.which("pypy3"):
            pypy = ["pypy3"]
    if not args.no_resolve:
        cpython = resolve_python(cpython)
        if pypy:
            pypy = resolve_python(pypy)
    impls = {REFERENCE: cpython, "minipy": shlex.split(args.minipy)}
    if pypy:
        impls["pypy"] = pypy
    impl_names = list(impls)

    spawner = Spawner(args.timeout)
    log("measuring peak RSS with %s (floor %s)" % (
        spawner.method, "%.1f MB" % (spawner.rss_floor_kb / 1024.0) if spawner.rss_floor_kb else "?"))
    for name, cmd in impls.items():
        problem = command_problem(cmd)
        log("%-8s %s%s" % (name, " ".join(shlex.quote(c) for c in cmd),
                           "   [%s]" % problem if problem else ""))

    started = time.time()
    results = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started)),
        "timestamp": started,
        "iterations": args.iterations,
        "scale": args.scale,
        "repeat": args.repeat,
        "hello_runs": args.hello_runs,
        "implementations": impls,
        "reference": REFERENCE,
        "rss_method": spawner.method,
        "rss_floor_mb": spawner.rss_floor_kb / 1024.0 if spawner.rss_floor_kb else None,
        "host": {"machine": platform.machine(), "system": platform.platform(),
                 "cpus": os.cpu_count() or 0, "runner_python": sys.version.split()[0]},
        "notes": SPEEDUP_NOTE,
        "hello": None,
        "programs": {},
        "summary": {},
    }

    if args.hello_runs:
        log("hello world: %d runs per implementation" % args.hello_runs)
        results["hello"] = run_hello(spawner, impls, args.hello_runs)

    for index, program in enumerate(selected):
        runs = {name: [] for name in impl_names}
        for rep in range(args.repeat):
            for name in impl_names:
                t0 = time.perf_counter()
                run = run_program(spawner, impls[name], program, args.iterations, args.scale)
                runs[name].append(run)
                log("[%d/%d] %-18s %-8s%s %6.1fs  %s" % (
                    index + 1, len(selected), program, name,
                    " #%d" % (rep + 1) if args.repeat > 1 else "", time.perf_counter() - t0,
                    ("steady %s" % fmt_time(run["steady"])) if run["ok"] else "FAILED: %s" % run["reason"]))
        entries = {name: aggregate(runs[name]) for name in impl_names}
        ref = entries[REFERENCE]
        for name in impl_names:
            e = entries[name]
            if name != REFERENCE and e["status"] == "ok":
                if ref["status"] != "ok":
                    e["checksum_check"] = "no reference (cpython failed)"
                elif e["checksum"] != ref["checksum"]:
                    e["status"] = "FAILED"
                    e["reason"] = "checksum mismatch: %d != cpython %d" % (e["checksum"], ref["checksum"])
                    e["checksum_check"] = "mismatch"
                else:
                    e["checksum_check"] = "ok"
        for name in impl_names:
            add_ratios(entries[name], ref)
        results["programs"][program] = entries

    for name in impl_names:
        entries = [results["programs"][p][name] for p in selected]
        results["summary"][name] = {
            "ok": sum(1 for e in entries if e["status"] == "ok"),
            "failed": sum(1 for e in entries if e["status"] != "ok"),
            "failed_programs": [p for p in selected if results["programs"][p][name]["status"] != "ok"],
            "geomean_speedup_first": geomean([e["speedup_first"] for e in entries]),
            "geomean_speedup_steady": geomean([e["speedup_steady"] for e in entries]),
            "geomean_speedup_wall": geomean([e["speedup_wall"] for e in entries]),
            "geomean_rss_ratio": geomean([e["rss_ratio"] for e in entries]),
        }
    results["duration"] = time.time() - started

    print_report(results, sys.stdout)
    if not args.no_save:
        os.makedirs(RESULTS_DIR, exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(started))
        text = json.dumps(results, indent=1, sort_keys=False)
        for path in (os.path.join(RESULTS_DIR, stamp + ".json"), os.path.join(RESULTS_DIR, "latest.json")):
            with open(path, "w") as f:
                f.write(text + "\n")
        svg_path = os.path.join(RESULTS_DIR, "latest.svg")
        write_svg(results, svg_path)
        log("wrote %s, latest.json and %s" % (os.path.join(RESULTS_DIR, stamp + ".json"), svg_path))
    if args.markdown:
        write_markdown(results, args.markdown)
        log("wrote %s" % args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
