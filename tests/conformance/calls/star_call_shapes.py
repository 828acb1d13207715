# Calls with *args and **kwargs whose shapes change from call to call at one site: tuples and
# lists of several lengths, dicts with different keys and orders, mixed with plain arguments,
# and the errors such calls raise.


def show(*args, **kwargs):
    return "%r %r" % (args, sorted(kwargs.items()))


def target(a, b=2, *rest, c=3, **more):
    return (a, b, rest, c, sorted(more.items()))


def forward(f, *args, **kwargs):
    return f(*args, **kwargs)


calls = [((1,), {}), ((1, 2), {}), ([1, 2, 3, 4], {}), ((1,), {"c": 9}), ((), {"a": 5, "b": 6}),
         ((1,), {"b": 7, "z": 0}), ((1, 2), {"c": 1, "y": 2, "x": 3}), ([], {"a": 0})]
for round_ in range(60):
    for args, kwargs in calls:
        r = forward(target, *args, **kwargs)
        if round_ == 0:
            print(r)
print(forward(show, 1, 2, k=3))


def two_stars(*a, **k):
    return target(0, *a, *a, **k, **{"q": len(a)})


for i in range(50):
    r = two_stars(*range(i % 4), w=i)
    if i < 5:
        print(r)

# named keywords around ** at the same site
for i in range(50):
    r = target(*[i], c=i * 2, **{"d": i})
    if i in (0, 49):
        print(r)


class T(tuple):
    pass


class D(dict):
    def keys(self):
        return ["x"]

    def __getitem__(self, k):
        return "from D"


print(target(*T((1, 2)), **D(x=1, y=2)))


def gen():
    yield 10
    yield 20


print(target(*gen()))

errors = [
    lambda: target(*(1,), **{"a": 2}),
    lambda: target(1, **{"c": 1}, c=2),
    lambda: target(1, **{1: 2}),
    lambda: target(*5),
    lambda: target(1, **[1]),
    lambda: target(**{"a": 1}, **{"a": 2}),
    lambda: forward(target),
    lambda: forward(target, 1, 2, 3, c=1, **{"c": 2}),
]
for k in range(3):
    for e in errors:
        try:
            e()
        except TypeError as ex:
            if k == 0:
                print("TypeError", ex)

for i in range(100):
    args = (i,) if i % 3 else [i, i]
    kw = {} if i % 2 else {"c": i}
    r = forward(target, *args, **kw)
print(r)


class D2(dict):
    def __iter__(self):
        return iter(["x"])

    def keys(self):
        return ["x"]

    def __getitem__(self, k):
        return "from D2"


print(target(0, **D2(x=1, y=2)))

# dict displays merge ** operands by the same rule as calls and dict.update
print({**D(x=1, y=2)}, {**D2(x=1, y=2)}, {"a": 0, **D(x=1)}, dict(D(x=1, y=2)))


class BadKeys:
    def keys(self):
        return 5

    def __getitem__(self, k):
        return k


for bad in (5, BadKeys(), [("a", 1)]):
    try:
        print({**bad})
    except TypeError as e:
        print("TypeError", e)
