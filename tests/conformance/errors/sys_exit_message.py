# sys.exit("message"): the message goes to stderr and the exit status is 1
import sys
def validate(config):
    problems = []
    for key in ["name", "version", "entry"]:
        if key not in config:
            problems.append(f"missing {key!r}")
    return problems
good = {"name": "demo", "version": "1.0", "entry": "main"}
bad = {"name": "demo"}
for label, cfg in [("good", good), ("bad", bad)]:
    problems = validate(cfg)
    print(label, "->", problems or "ok")
def try_exit(arg):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code))
try_exit("first message (caught)")
try_exit(None)
print("about to exit with a message")
problems = validate(bad)
if problems:
    sys.exit("fatal: " + ", ".join(problems))
print("never printed")
