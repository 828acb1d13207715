# hash() of ints around the modulus 2**61 - 1 and the 64-bit edges, and sets/dicts keyed by them.
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61 - 1), -(2**61 - 2), -(2**61), 2**63 - 1, -2**63, 2**64, -2**64 - 3, 10**30]
print([hash(v) for v in vals])
print(len({v for v in vals}), sorted({v % 7: v for v in vals}.items())[:4])
