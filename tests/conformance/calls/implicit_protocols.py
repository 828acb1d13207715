# implicit calls made by the interpreter: iteration, truth, length, indexing, format, containment, hashing
log = []
class Spy:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        log.append("__iter__")
        return iter(self.items)
    def __len__(self):
        # not logged: whether list()/tuple()/sorted() consult __len__ as a size hint is an implementation detail
        return len(self.items)
    def __bool__(self):
        log.append("__bool__")
        return bool(self.items)
    def __contains__(self, x):
        log.append("__contains__")
        return x in self.items
    def __getitem__(self, i):
        log.append("__getitem__")
        return self.items[i]
    def __repr__(self):
        log.append("__repr__")
        return "Spy(...)"
    def __str__(self):
        log.append("__str__")
        return "spy"
    def __format__(self, spec):
        log.append("__format__:" + spec)
        return "formatted"
    def __hash__(self):
        log.append("__hash__")
        return 7
    def __eq__(self, other):
        log.append("__eq__")
        return self is other
    def __index__(self):
        log.append("__index__")
        return 1
def run(label, thunk):
    log.clear()
    result = thunk()
    print(f"{label:28} -> {result!r:30} {log}")
s = Spy([3, 1, 2])
run("for loop", lambda: [x for x in s])
run("list()", lambda: list(s))
run("sorted()", lambda: sorted(s))
run("if s", lambda: "yes" if s else "no")
run("not s", lambda: not s)
run("len()", lambda: len(s))
run("2 in s", lambda: 2 in s)
run("s[0]", lambda: s[0])
run("s[1:]", lambda: s[1:])
run("str()", lambda: str(s))
run("repr()", lambda: repr(s))
run("f-string", lambda: f"{s}")
run("f-string !r", lambda: f"{s!r}")
run("f-string spec", lambda: f"{s:>5}")
run("format()", lambda: format(s, "x"))
run("print-free str.format", lambda: "{}".format(s))
run("% formatting", lambda: "%s" % (s,))
run("hash()", lambda: hash(s))
run("set add", lambda: len({s}))
run("dict key", lambda: {s: 1}[s])
run("== other", lambda: s == Spy([]))
run("list index by s", lambda: ["a", "b"][s])
run("range(s)", lambda: list(range(s)))
run("unpacking", lambda: (lambda a, b, c: a + b + c)(*s))
run("enumerate", lambda: list(enumerate(s)))
run("any()", lambda: any(s))
run("tuple()", lambda: tuple(s))
run("min()", lambda: min(s))
run("x, *y = s", lambda: (lambda t: t)([*s]))
run("list.index", lambda: [0, s].index(s))
run("list.count", lambda: [s, 1].count(s))
run("[s] == [s]", lambda: [s] == [s])
