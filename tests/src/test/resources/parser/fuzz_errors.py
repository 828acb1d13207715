"""Mutates random snippets of the stdlib (deleting/inserting/replacing a character or token) and
records what compile(src, 'x.py', 'exec') says. Usage: fuzz_errors.py LIBDIR SEED COUNT OUT
Line format (tab separated): escaped-source  type|OK  lineno  offset  msg"""
import os, random, sys, warnings
warnings.simplefilter('ignore')
lib, seed, count, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
random.seed(seed)
files = [f for f in sorted(os.listdir(lib)) if f.endswith('.py')]
pieces = list("()[]{}:;,.=+-*/'\"#\\@!$?`<>|&^%~ \t\n") + ['if', 'else', 'for', 'in', 'lambda', 'yield', 'def',
          'class', 'return', 'not', 'and', 'await', 'async', 'match', 'case', '_', 'x', '1', 'f"', 'b"']

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\r', '\\r').replace('\f', '\\f')

lines_out = []
while len(lines_out) < count:
    f = random.choice(files)
    try:
        src = open(os.path.join(lib, f), encoding='utf-8').read()
    except (UnicodeDecodeError, OSError):
        continue
    lines = src.split('\n')
    if len(lines) < 10:
        continue
    st = random.randrange(0, max(1, len(lines) - 30))
    while st < len(lines) and (lines[st].startswith((' ', '\t')) or not lines[st].strip()):
        st += 1
    seg = '\n'.join(lines[st:st + random.randint(3, 30)]) + '\n'
    if not seg.strip():
        continue
    for _ in range(random.randint(1, 2)):
        i = random.randrange(len(seg))
        op = random.random()
        if op < 0.4:
            seg = seg[:i] + seg[i + 1:]
        elif op < 0.8:
            seg = seg[:i] + random.choice(pieces) + seg[i:]
        else:
            seg = seg[:i] + random.choice(pieces) + seg[i + 1:]
    try:
        compile(seg, 'x.py', 'exec', dont_inherit=True)
        res = ('OK', '0', '0', '')
    except SyntaxError as e:
        res = (type(e).__name__, str(e.lineno), str(e.offset), e.msg)
    except (ValueError, RecursionError, MemoryError):
        continue
    lines_out.append('\t'.join([esc(seg)] + list(res)))
with open(out, 'w', encoding='utf-8') as fh:
    fh.write('\n'.join(lines_out) + '\n')
