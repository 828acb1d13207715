#!/usr/bin/env python3
"""Regenerate the expected outputs of the minipy conformance corpus.

For every tests/conformance/<area>/<name>.py this runs CPython 3.11.7 with the
program's directory as the current directory and writes:
  <name>.out  exact stdout (bytes)
  <name>.rc   the exit status followed by a newline, only when it is not 0
              (a stale .rc is removed when the status becomes 0)

Usage:
  python3 tests/regen-expected.py                 # every program
  python3 tests/regen-expected.py PATH [PATH...]  # only these files/directories
  python3 tests/regen-expected.py --check [PATH]  # compare only, write nothing

Stderr is not recorded.  Programs run with PYTHONHASHSEED=0 and
PYTHONIOENCODING=utf-8, no stdin, and a timeout.
"""
import os
import subprocess
import sys

TIMEOUT = 10
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "conformance")


def collect(paths):
    found = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(".py"):
                        found.append(os.path.join(root, f))
        elif p.endswith(".py") and os.path.isfile(p):
            found.append(p)
        else:
            sys.exit("not a .py file or directory: %s" % p)
    return sorted(set(found))


def run(prog):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONDONTWRITEBYTECODE"):
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [sys.executable, os.path.basename(prog)],
        cwd=os.path.dirname(prog),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )
    return proc.stdout, proc.returncode


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit("refusing to run: need CPython 3.11.7, this is %s" % sys.version.split()[0])
    check = False
    if argv and argv[0] == "--check":
        check = True
        argv = argv[1:]
    progs = collect(argv or [CORPUS])
    changed, unchanged, nonzero, failed = [], 0, 0, []
    for prog in progs:
        rel = os.path.relpath(prog, CORPUS)
        try:
            out, rc = run(prog)
        except subprocess.TimeoutExpired:
            failed.append(rel + " (timeout)")
            continue
        base = prog[:-3]
        want_rc = None if rc == 0 else ("%d\n" % rc).encode()
        if rc != 0:
            nonzero += 1
        diff = read(base + ".out") != out or read(base + ".rc") != want_rc
        if diff:
            changed.append(rel)
            if not check:
                with open(base + ".out", "wb") as f:
                    f.write(out)
                if want_rc is None:
                    if os.path.exists(base + ".rc"):
                        os.remove(base + ".rc")
                else:
                    with open(base + ".rc", "wb") as f:
                        f.write(want_rc)
        else:
            unchanged += 1
    verb = "differ" if check else "changed"
    for rel in changed:
        print("%s: %s" % (verb, rel))
    for rel in failed:
        print("FAILED: %s" % rel)
    print("%d programs: %d %s, %d unchanged, %d with non-zero exit status, %d failed"
          % (len(progs), len(changed), verb, unchanged, nonzero, len(failed)))
    return 1 if failed or (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
