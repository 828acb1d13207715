# Methods and slot wrappers of builtin types called through the type on a receiver of another
# type: CPython words the TypeError differently for slot wrappers ("requires a 'list' object but
# received a 'float'") and for method descriptors, including the dunders defined as methods.
calls = {
    list: [("__len__",), ("__iter__",), ("__repr__",), ("__getitem__", 0), ("__contains__", 1), ("__add__", []),
           ("__mul__", 2), ("append", 1), ("count", 1), ("copy",), ("clear",), ("reverse",), ("__reversed__",),
           ("__sizeof__",), ("index", 1), ("remove", 1), ("pop",), ("extend", []), ("insert", 0, 1), ("sort",),
           ("__setitem__", 0, 1), ("__delitem__", 0), ("__iadd__", [])],
    dict: [("__len__",), ("__iter__",), ("__getitem__", 1), ("__contains__", 1), ("keys",), ("values",),
           ("items",), ("get", 1), ("copy",), ("pop", 1), ("setdefault", 1), ("__reversed__",), ("__sizeof__",),
           ("__setitem__", 1, 2), ("__delitem__", 1), ("update",), ("clear",), ("popitem",), ("__or__", {})],
    set: [("__len__",), ("__contains__", 1), ("add", 1), ("discard", 1), ("remove", 1), ("copy",),
          ("__reduce__",), ("union",), ("__or__", set()), ("__iter__",), ("pop",), ("clear",)],
    str: [("__len__",), ("upper",), ("__getitem__", 0), ("__contains__", "a"), ("__add__", ""), ("__mod__", ()),
          ("split",), ("join", []), ("format",), ("__format__", ""), ("startswith", "a"), ("encode",),
          ("__sizeof__",), ("__iter__",), ("__mul__", 2), ("strip",), ("replace", "a", "b"), ("find", "a")],
    tuple: [("__len__",), ("__getitem__", 0), ("count", 1), ("index", 1), ("__getnewargs__",), ("__iter__",),
            ("__add__", ()), ("__contains__", 1)],
    int: [("__add__", 1), ("__neg__",), ("bit_length",), ("__round__",), ("__format__", ""), ("__trunc__",),
          ("__index__",), ("__bool__",), ("conjugate",)],
    float: [("__add__", 1.0), ("is_integer",), ("__round__",), ("__trunc__",), ("hex",), ("__format__", ""),
            ("__floor__",), ("__neg__",), ("as_integer_ratio",)],
}
for t, entries in calls.items():
    wrong = 2.5 if t is not float else "s"
    for name, *args in entries:
        try:
            getattr(t, name)(wrong, *args)
            print(t.__name__, name, "no error")
        except TypeError as e:
            print(t.__name__, name, e)

# a wrong receiver is reported before a wrong number of arguments, as CPython's descriptors do
for f in (lambda: list.append(), lambda: list.append(3.5), lambda: list.append([], 1, 2), lambda: str.upper(),
          lambda: dict.get(), lambda: list.__len__(), lambda: int.bit_length(), lambda: str.join(3.5, [], 1),
          lambda: dict.get(1.5, 2, 3, 4), lambda: str.split(5, sep=1, bogus=2), lambda: list.sort(3, 4)):
    try:
        f()
    except TypeError as e:
        print(e)
