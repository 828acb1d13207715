"""Writes CPython 3.11's ast.dump(tree, include_attributes=True) (columns converted to character
offsets) for each program of a .programs file ('### name' or '### name [eval]' / '[single]').
Usage: ast_oracle.py IN.programs OUT  -- OUT lines: 'PROGRAM name mode' then the dump."""
import ast, sys

def programs(path):
    name, lines = None, []
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('### '):
            if name is not None:
                yield name, '\n'.join(lines) + '\n'
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        yield name, '\n'.join(lines) + '\n'

out = []
for name, src in programs(sys.argv[1]):
    mode = 'exec'
    if name.endswith('[eval]'):
        mode = 'eval'
    elif name.endswith('[single]'):
        mode = 'single'
    if mode == 'eval':
        src = src.lstrip(' \t')  # as the builtin eval() does
    tree = ast.parse(src, mode=mode)
    lines = src.encode('utf-8').split(b'\n')
    for node in ast.walk(tree):
        if getattr(node, 'end_lineno', None) is not None:
            node.col_offset = len(lines[node.lineno - 1][:node.col_offset].decode('utf-8', 'replace').encode('utf-16-le')) // 2
            node.end_col_offset = len(lines[node.end_lineno - 1][:node.end_col_offset].decode('utf-8', 'replace').encode('utf-16-le')) // 2
    out.append('PROGRAM %s' % name)
    out.append(ast.dump(tree, include_attributes=True))
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
