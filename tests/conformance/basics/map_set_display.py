# Set displays: CPython folds a display of more than two constants into a frozenset constant
# (rebuilt from its own iteration order) and merges it into a new set, which decides the
# printed order of colliding ints; other displays add their elements left to right.
print({-1, -2, 7}, {7, -1, -2}, {9, 1, 17, 25, 33}, {33, 25, 17, 9, 1})
print({100, 200, 3, 1000, 77, 64, 32, 0, -5}, {8, 16, 0, 24, 32, 40})
print({1, 2}, {2, 1}, {-1, -2}, {-2, -1})
a, b, c = -1, -2, 7
print({a, b, c}, {c, a, b}, {a, b, 7}, {*(-1, -2, 7)}, {*(9, 1), 17, 25, 33})
print({x for x in (9, 1, 17, 25, 33)}, set((9, 1, 17, 25, 33)), frozenset((-1, -2, 7)))
print({(1, 2), (3, 4), (1, 2)} == {(3, 4), (1, 2)}, len({1.0, 1, True, 2, 2.0}), {None, None, None})
