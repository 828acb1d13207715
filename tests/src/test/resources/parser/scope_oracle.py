"""Describes scopes as CPython 3.11 sees them, for the ScopeAnalyzer tests.

Usage: scope_oracle.py OUT FILE...    (each FILE is a Python source; a FILE named *.programs
holds several programs separated by lines '### name').
For each program writes to OUT:
  PROGRAM name
  ERROR lineno offset msg        (compile(src, 'x.py', 'exec') failed) -- or the lines below:
  TABLE type name lineno         (symtable tables, depth first)
  SYM name scope flags           (scope: 1 LOCAL 2 GLOBAL_EXPLICIT 3 GLOBAL_IMPLICIT 4 FREE 5 CELL)
  CODE qualname firstlineno argcount posonlyargcount kwonlyargcount flags
  VARNAMES / CELLVARS / FREEVARS names...
  END
"""
import sys, symtable, types

def programs(path):
    try:
        text = open(path, encoding='utf-8').read()
    except (UnicodeDecodeError, OSError):
        return
    if not path.endswith('.programs'):
        yield path, text
        return
    name, lines = None, []
    for line in text.split('\n'):
        if line.startswith('### '):
            if name is not None:
                yield name, '\n'.join(lines) + '\n'
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name is not None:
        yield name, '\n'.join(lines) + '\n'

def tables(t, out):
    out.append('TABLE %s %s %d' % (t.get_type(), t.get_name(), t.get_lineno()))
    for s in t.get_symbols():
        out.append('SYM %s %d %d' % (s.get_name(), s._Symbol__scope, s._Symbol__flags & 0x3ff))
    for c in t.get_children():
        tables(c, out)

def codes(co, out, seen):
    key = (co.co_qualname, co.co_firstlineno)
    if key not in seen:
        seen.add(key)
        out.append('CODE %s %d %d %d %d %d' % (co.co_qualname, co.co_firstlineno, co.co_argcount,
                   co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags))
        out.append('VARNAMES ' + ' '.join(co.co_varnames))
        out.append('CELLVARS ' + ' '.join(co.co_cellvars))
        out.append('FREEVARS ' + ' '.join(co.co_freevars))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, out, seen)

def main():
    out = []
    for path in sys.argv[2:]:
        for name, src in programs(path):
            out.append('PROGRAM ' + name)
            try:
                co = compile(src, 'x.py', 'exec', dont_inherit=True)
                t = symtable.symtable(src, 'x.py', 'exec')
            except (ValueError, RecursionError, MemoryError):
                out.pop()
                continue
            except SyntaxError as e:
                out.append('ERROR %s %s %s' % (e.lineno, e.offset, e.msg))
                out.append('END')
                continue
            tables(t, out)
            codes(co, out, set())
            out.append('END')
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')

main()
