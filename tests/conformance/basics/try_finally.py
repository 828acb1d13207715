# try/except/else/finally ordering
def f(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "type":
            raise TypeError("t")
        if kind == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (TypeError, KeyError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["none", "value", "type", "return"]:
    print(k, f(k))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed " + str(i)
print(finally_swallows())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
try:
    raise Exception("base")
except ValueError:
    print("not here")
except Exception as ex:
    print("generic", ex)
def gen_err():
    raise RuntimeError("from function")
try:
    gen_err()
except RuntimeError as ex:
    print(type(ex).__name__, ex, ex.args)
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), str(ex) == "", ex.args)
try:
    raise 42
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
except Exception as ex:
    print(type(ex).__name__, ex, type(ex.__context__).__name__)
