# ends with a failing assert that carries a message
def check(values):
    for v in values:
        assert v >= 0, f"negative value: {v}"
        print("ok", v)
    return len(values)
print(check([3, 2, 1, 0]))
try:
    check([1, -2])
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
def invariant(stack):
    assert isinstance(stack, list), "stack must be a list"
    assert all(a <= b for a, b in zip(stack, stack[1:])), f"not sorted: {stack}"
    return "valid"
print(invariant([1, 2, 3]))
print(invariant([]))
check([5, -1, 7])
print("never printed")
