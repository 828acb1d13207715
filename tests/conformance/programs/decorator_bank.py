# a bank of reusable decorators applied to a small service
import functools
CALL_LOG = []
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        shown = ", ".join([repr(a) for a in args[1:]] + [f"{k}={v!r}" for k, v in kwargs.items()])
        CALL_LOG.append(f"{fn.__qualname__}({shown})")
        return fn(*args, **kwargs)
    return wrapper
def validate(**checks):
    def decorator(fn):
        target = fn
        while hasattr(target, "__wrapped__"):
            target = target.__wrapped__
        names = target.__code__.co_varnames[:target.__code__.co_argcount]
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            bound = dict(zip(names, args), **kwargs)
            for name, (check, msg) in checks.items():
                if name in bound and not check(bound[name]):
                    raise ValueError(f"{fn.__name__}: {name}={bound[name]!r} {msg}")
            return fn(*args, **kwargs)
        return wrapper
    return decorator
def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        else:
            CALL_LOG.append(f"cache hit {fn.__name__}{args[1:]}")
        return cache[args]
    wrapper.cache = cache
    return wrapper
def retry(times, on=(Exception,)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    CALL_LOG.append(f"retry {fn.__name__} attempt {attempt}: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorator
def require_role(role):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(self, *args, **kwargs):
            if role not in self.roles:
                raise PermissionError(f"{fn.__name__} requires role {role!r}")
            return fn(self, *args, **kwargs)
        return wrapper
    return decorator
class Service:
    def __init__(self, roles):
        self.roles = set(roles)
        self.flaky_calls = 0
    @logged
    @validate(n=(lambda v: isinstance(v, int) and v >= 0, "must be a non-negative int"))
    @memoize
    def factorial(self, n):
        return 1 if n < 2 else n * self.factorial(n - 1)
    @logged
    @retry(3, on=(ConnectionError,))
    def flaky(self):
        self.flaky_calls += 1
        if self.flaky_calls < 3:
            raise ConnectionError(f"try {self.flaky_calls} failed")
        return "connected"
    @require_role("admin")
    @logged
    def delete(self, what):
        return f"deleted {what}"
user, admin = Service(["user"]), Service(["user", "admin"])
print(user.factorial(5), user.factorial(6), user.factorial(3))
for bad in [-1, "5"]:
    try:
        user.factorial(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(user.flaky())
print(admin.delete("logs"))
try:
    user.delete("everything")
except PermissionError as e:
    print(type(e).__name__, e)
print(Service.factorial.__name__, Service.factorial.__wrapped__.__name__, Service.delete.__qualname__)
print("\n".join(CALL_LOG))
