# exceptions propagating through call frames, finally blocks and with-blocks executing in order
def level3(kind):
    try:
        print("    level3 start")
        if kind == "raise":
            raise ValueError("deep error")
        return "level3 ok"
    finally:
        print("    level3 finally")
def level2(kind):
    try:
        print("  level2 start")
        return level3(kind)
    finally:
        print("  level2 finally")
def level1(kind):
    try:
        print("level1 start")
        r = level2(kind)
        print("level1 got", r)
        return r
    except ValueError as e:
        print("level1 caught", e)
        return "recovered"
    finally:
        print("level1 finally")
print(level1("ok"))
print(level1("raise"))
def return_in_finally_discards_exception():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally return wins"
print(return_in_finally_discards_exception())
def finally_raises_replaces():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    finally_raises_replaces()
except KeyError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def return_value_evaluated_before_finally():
    x = ["before"]
    try:
        return x
    finally:
        x.append("mutated in finally")
        x = "rebound in finally"
print(return_value_evaluated_before_finally())
def count_finallys(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return count_finallys(n - 1)
    finally:
        print(f"  finally at depth {n}")
try:
    count_finallys(3)
except LookupError as e:
    print("caught", e)
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print(f"  enter {self.n}")
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.n} with {et.__name__ if et else None}")
def with_chain(n):
    with CM(n):
        if n == 0:
            raise IndexError("in innermost with")
        with_chain(n - 1)
try:
    with_chain(2)
except IndexError as e:
    print("caught", e)
def generator_cleanup():
    try:
        yield 1
        raise OSError("in generator")
    finally:
        print("  generator finally")
def consume():
    for v in generator_cleanup():
        print("  consumed", v)
try:
    consume()
except OSError as e:
    print("caught", e)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=" + str(i)
print(break_in_finally())
def nested_except_finally():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("  handling ZeroDivisionError")
            raise TypeError("while handling")
        finally:
            print("  inner finally")
    except TypeError as e:
        print("  outer caught", e, "context:", type(e.__context__).__name__)
    finally:
        print("  outer finally")
nested_except_finally()
