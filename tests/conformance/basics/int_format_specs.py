# format() of ints (small, 64-bit edges, big, bools) with every integer presentation type, grouping,
# alignment, sign and the errors; %-formatting of the 64-bit edges.
vals = [0, 1, -1, 7, -7, 255, -255, 10**6, -10**6, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**100, -(2**100), True, False, 65, 0x10ffff]
specs = ["", "d", "5d", "<8d", "^9d", "=+8d", "+d", " d", "05d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", ",d", "_d", "_x", "_b", "012,d", "010_x", ",", "c", "n", "e", ".2f", "%", "#_o", "-^12,"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
print("%d %5d %x %X %o %#x %+d" % (-2**63, 42, -255, 2**64, -8, 255, 7))
