"""Cache lines from Python source files (minipy implementation).

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache', 'getlines', 'updatecache']

# filename -> (size, mtime, lines, fullname); size and mtime are not tracked here
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    # file modification times are not tracked: entries stay valid


def _read(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        return f.read()


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = None
    fullname = filename
    try:
        text = _read(filename)
    except (OSError, UnicodeError, NameError, TypeError, ValueError):
        text = None
    if text is None and not filename.startswith('/'):
        for dirname in sys.path:
            if not isinstance(dirname, str) or dirname.startswith('<'):
                continue
            fullname = (dirname.rstrip('/') + '/' + filename) if dirname else filename
            try:
                text = _read(fullname)
                break
            except (OSError, UnicodeError, NameError, TypeError, ValueError):
                continue
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(text), None, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.
    """
    return False
