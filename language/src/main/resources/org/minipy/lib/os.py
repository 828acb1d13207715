"""minipy's os module: the portable subset, on top of _minipy_os."""
import sys
import _minipy_os
import posixpath as path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

environ = _minipy_os.environ
getcwd = _minipy_os.getcwd
chdir = _minipy_os.chdir
listdir = _minipy_os.listdir
remove = _minipy_os.remove
unlink = _minipy_os.remove
rmdir = _minipy_os.rmdir
mkdir = _minipy_os.mkdir
rename = _minipy_os.rename
replace = _minipy_os.rename
getpid = _minipy_os.getpid
cpu_count = _minipy_os.cpu_count
urandom = _minipy_os.urandom

sys.modules["os.path"] = path


class PathLike:
    """Abstract base class for objects with a __fspath__ method."""

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s" % (type(p).__name__, type(result).__name__))
    return result


def getenv(key, default=None):
    return environ.get(key, default)


def getcwdb():
    return getcwd().encode()


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=exist_ok)
    if path.isdir(name):
        if not exist_ok:
            raise FileExistsError(17, "File exists", name)
        return
    mkdir(name, mode)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in sorted(names):
        (dirs if path.isdir(path.join(top, entry)) else nondirs).append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]
