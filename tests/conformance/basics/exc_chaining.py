# exception chaining: __context__, __cause__, __suppress_context__, raise from None
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("original")
    except ValueError as v:
        raise TypeError("explicit") from v
except TypeError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise TypeError("no chain") from None
except TypeError as e:
    show(e)
try:
    raise KeyError("k") from IndexError("i")
except KeyError as e:
    show(e)
try:
    raise RuntimeError("x") from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            {}["k"]
        except KeyError:
            raise AttributeError("third")
except AttributeError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__context__
    print(chain)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise e
except ValueError as caught:
    print(caught is e, repr(caught.__cause__), caught.__suppress_context__)
def inner():
    raise ValueError("inner")
try:
    try:
        inner()
    finally:
        pass
except ValueError as e:
    print("context after finally:", e.__context__)
err = ValueError("tb")
print(err.__traceback__, err.__context__, err.__cause__)
try:
    raise err
except ValueError as c:
    print(c.__traceback__ is not None)
