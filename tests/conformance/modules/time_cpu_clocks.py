# CPU-time clocks: types, monotonic progress while busy, and ns/float agreement.
import time

names = ["process_time", "process_time_ns", "thread_time", "thread_time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns"]
for n in names:
    print(n, type(getattr(time, n)()).__name__)

before = {n: getattr(time, n)() for n in names}
x = 0
for i in range(300000):
    x += i * i
after = {n: getattr(time, n)() for n in names}
for n in names:
    print(n, "advanced" if after[n] > before[n] else "did not advance: %r %r" % (before[n], after[n]))

t = time.thread_time()
tn = time.thread_time_ns()
print("thread ns close to float:", abs(tn / 1e9 - t) < 1.0)
print("process >= thread:", time.process_time() + 0.05 >= time.thread_time())
