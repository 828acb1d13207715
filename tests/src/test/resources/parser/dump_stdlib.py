"""Writes CPython's ast.dump of every stdlib .py file into OUT (one file per source) plus
index.tsv (path TAB id TAB mode). mode 'plain' is ast.dump(tree); mode 'pos' (a sample: the
top-level modules) is ast.dump(tree, include_attributes=True) with columns converted from
UTF-8 byte offsets to UTF-16 code unit offsets (Java chars). Usage: dump_stdlib.py LIBDIR OUT"""
import ast, os, sys

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
index = []
n = 0
for dp, dn, fn in os.walk(root):
    dn.sort()
    if 'site-packages' in dp:
        continue
    for f in sorted(fn):
        if not f.endswith('.py'):
            continue
        path = os.path.join(dp, f)
        try:
            with open(path, encoding='utf-8') as fh:
                src = fh.read()
        except (UnicodeDecodeError, OSError):
            continue
        try:
            tree = ast.parse(src)
            d = ast.dump(tree)
        except SyntaxError as e:
            d = 'SyntaxError:%s:%s' % (e.msg, e.lineno)
            tree = None
        except Exception:
            continue
        n += 1
        with open(os.path.join(out, '%d.txt' % n), 'w', encoding='utf-8') as fh:
            fh.write(d)
        index.append('%s\t%d\tplain' % (path, n))
        if dp == root and tree is not None:
            lines = src.encode('utf-8').split(b'\n')
            for node in ast.walk(tree):
                if getattr(node, 'end_lineno', None) is not None:
                    node.col_offset = len(lines[node.lineno - 1][:node.col_offset].decode('utf-8', 'replace').encode('utf-16-le')) // 2
                    node.end_col_offset = len(lines[node.end_lineno - 1][:node.end_col_offset].decode('utf-8', 'replace').encode('utf-16-le')) // 2
            n += 1
            with open(os.path.join(out, '%d.txt' % n), 'w', encoding='utf-8') as fh:
                fh.write(ast.dump(tree, include_attributes=True))
            index.append('%s\t%d\tpos' % (path, n))
with open(os.path.join(out, 'index.tsv'), 'w', encoding='utf-8') as fh:
    fh.write('\n'.join(index) + '\n')
