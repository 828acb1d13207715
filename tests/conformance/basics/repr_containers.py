# repr of nested containers
print([1, [2, [3, [4]]]], (1,), (), (1, (2, (3,))), [], {}, set(), frozenset())
print({1: [1, 2], 2: {3: (4, 5)}}, [None, True, 1.5, "s"], {"k": ["v", ("t",)]})
print(repr([1, "a", 'b"c', "d'e"]), str([1, "a"]))
print({1, 2, 3}, frozenset({1, 2}), {(1, 2)}, [frozenset()], {frozenset({3})})
l = [1, 2]
l.append(l)
print(l)
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print(repr(range(3)), [range(0, 5, 2)], (slice(1, 2),), [b"x", bytearray(b"y")])
class A:
    def __repr__(self):
        return "A!"
print([A(), A()], {"a": A()}, (A(),), {1: [A()]})
print(str([A()]), f"{[A()]}", "%s" % [A()], "%r" % (A(),))
print([[]] * 3, [[1] * 2] * 2, [(), ()])
print(repr([1.0, -0.0, float("inf"), float("nan"), 1e100]))
print(dict(a=1, b=2), list("abc"), tuple("ab"), list(range(3)), list({1: 2}.items()))
print([print], [len, abs][0].__name__)
