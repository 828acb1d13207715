# decorators with arguments (decorator factories)
def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bob"))
def tag(name, **attrs):
    def decorator(fn):
        def wrapper(*a):
            attr_text = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
            return f"<{name}{attr_text}>{fn(*a)}</{name}>"
        return wrapper
    return decorator
@tag("div", cls="box", id="main")
@tag("span")
def content(x):
    return x
print(content("hello"))
def validate(**types):
    def decorator(fn):
        names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
        def wrapper(*args):
            for n, v in zip(names, args):
                if n in types and not isinstance(v, types[n]):
                    raise TypeError(f"{fn.__name__}(): {n} must be {types[n].__name__}, not {type(v).__name__}")
            return fn(*args)
        return wrapper
    return decorator
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(3, "ab"))
try:
    combine("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)
def optional_args(fn=None, *, prefix=">>"):
    def decorator(f):
        def wrapper(*a):
            return prefix + " " + str(f(*a))
        return wrapper
    if fn is None:
        return decorator
    return decorator(fn)
@optional_args
def plain():
    return "plain"
@optional_args(prefix="##")
def custom():
    return "custom"
print(plain(), custom())
def retry(attempts):
    def decorator(fn):
        def wrapper(*a):
            for i in range(1, attempts + 1):
                try:
                    return fn(*a, attempt=i)
                except ValueError as e:
                    print(f"  attempt {i} failed: {e}")
            raise RuntimeError(f"gave up after {attempts} attempts")
        return wrapper
    return decorator
@retry(3)
def flaky(threshold, attempt):
    if attempt < threshold:
        raise ValueError(f"attempt {attempt} < {threshold}")
    return f"succeeded on attempt {attempt}"
print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    @repeat
    def wrong():
        return 1
    print(wrong())
except TypeError as e:
    print(type(e).__name__, e)
def counter_factory(start):
    count = [start]
    def decorator(fn):
        def wrapper():
            count[0] += 1
            return fn(), count[0]
        return wrapper
    return decorator
@counter_factory(100)
def tick():
    return "tick"
print(tick(), tick())
