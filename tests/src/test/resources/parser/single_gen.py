"""Generates single.expected: ast.dump (or the SyntaxError) of each source compiled in 'single'
mode, one line per case: escaped-source TAB result. Run: python3 single_gen.py > single.expected"""
import ast

CASES = ['x = 1\n', 'x = 1', 'if x:\n    y\n', 'if x:\n    y\n\n', 'x = 1\ny = 2\n', 'x = 1; y = 2\n', '\n', '',
         '1 +\n', 'def f():\n    pass\nx = 1\n', '  x\n', '# c\n', 'if x: y\n', 'for i in x:\n    pass\n# done\n',
         'x = 1  # comment\n\n# more\n', 'class A:\n    pass\n', 'print(1)\n', 'x = 1\n\n\ny\n', '@d\ndef f(): pass\n']

def esc(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t').replace('\r', '\\r').replace('\f', '\\f')

for src in CASES:
    try:
        res = ast.dump(ast.parse(src, mode='single'))
    except SyntaxError as e:
        res = 'SyntaxError: %s (%s:%s)' % (e.msg, e.lineno, e.offset)
    print(esc(src) + '\t' + res)
