# conditional expressions, walrus, assert, boolean short-circuit
x = 5
print("big" if x > 3 else "small", "a" if 0 else "b" if 0 else "c", (1 if True else 2) + 10)
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
print([y for v in data if (y := v * 2) > 5], y)
i = 0
while (chunk := data[i:i + 2]):
    print(chunk)
    i += 2
print((a := 10) + a, a)
def f():
    if (m := 3) > 2:
        return m
print(f())
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), t(2) or t(3), t(None) or t(0) or t(""), calls)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [], not (1 and 0))
print(x > 3 and "yes" or "no")
z = [1, 2, 3]
print(z[0] if z else None, z[-1:][0] if z else None)
print((lambda: (w := 7))(), [w := 1, w + 1], w)
