"""minipy's os.path for POSIX paths."""
import _minipy_os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, str):
        return p
    import os
    return os.fspath(p)


def isabs(s):
    return _fspath(s).startswith("/")


def join(a, *p):
    a = _fspath(a)
    result = a
    for b in p:
        b = _fspath(b)
        if b.startswith("/"):
            result = b
        elif not result or result.endswith("/"):
            result += b
        else:
            result += "/" + b
    return result


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_minipy_os.getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = _minipy_os.getcwd() if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def exists(path):
    return _minipy_os._kind(_fspath(path)) != 0


def lexists(path):
    return exists(path)


def isfile(path):
    return _minipy_os._kind(_fspath(path)) == 1


def isdir(path):
    return _minipy_os._kind(_fspath(path)) == 2


def islink(path):
    return False


def ismount(path):
    return abspath(path) == "/"


def getsize(path):
    return _minipy_os._size(_fspath(path))


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    import os
    home = os.environ.get("HOME", "/")
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        return home.rstrip("/") + path[i:] if home != "/" else path[i:] or "/"
    return path


def expandvars(path):
    return _fspath(path)
