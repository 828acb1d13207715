# an observer/event-bus system with priorities, one-shot handlers, and error isolation
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
    def on(self, event, priority=0, once=False):
        def register(fn):
            self.seq += 1
            self.handlers.setdefault(event, []).append((-priority, self.seq, fn, once))
            self.handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return register
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, *args, **kwargs):
        results, errors = [], []
        for entry in list(self.handlers.get(event, [])):
            _, _, fn, once = entry
            if once:
                self.handlers[event].remove(entry)
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
        for wildcard in self.handlers.get("*", []):
            wildcard[2](event, *args)
        return results, errors
bus = EventBus()
audit = []
@bus.on("*")
def audit_all(event, *args):
    audit.append((event, args))
@bus.on("order", priority=10)
def validate(order_id, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"validated {order_id}"
@bus.on("order")
def charge(order_id, amount):
    return f"charged {amount} for {order_id}"
@bus.on("order", priority=-5)
def notify(order_id, amount):
    return f"notified about {order_id}"
@bus.on("order", priority=5, once=True)
def first_order_bonus(order_id, amount):
    return f"bonus for first order {order_id}"
print(bus.emit("order", "A1", 30))
print(bus.emit("order", "A2", 0))
print(bus.emit("order", order_id="A3", amount=5))
print("removed", bus.off("order", charge), "handlers")
print(bus.emit("order", "A4", 1))
print(bus.emit("unknown"))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args):
        self.n += 1
        return self.n
counter = Counter()
counter.__name__ = "counter"
bus.on("tick")(counter)
bus.on("tick")(lambda: "lambda handler")
for _ in range(3):
    res, err = bus.emit("tick")
print(res, err, counter.n)
print(len(audit), audit[:3], audit[-1])
