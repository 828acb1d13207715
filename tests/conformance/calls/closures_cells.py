# closures: shared cells, independent instances, cells modified after creation
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get1, set1 = make_pair()
get2, set2 = make_pair()
set1(10)
print(get1(), get2())
set2("two")
print(get1(), get2())
def late_assignment():
    def show():
        return captured
    captured = "assigned after inner def"
    return show
print(late_assignment()())
def modified_after():
    x = 1
    def f():
        return x
    x = 2
    r1 = f()
    x = 3
    return r1, f()
print(modified_after())
def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(100))
acc2 = accumulator(0)
print(acc2(5), acc(0))
def three_levels():
    a = "a"
    def middle():
        b = "b"
        def inner():
            return a + b
        return inner
    return middle()
print(three_levels()(), three_levels().__code__.co_freevars)
def middle_passes_through():
    x = "from outermost"
    def middle():
        def inner():
            return x
        return inner
    return middle
m = middle_passes_through()
print(m.__code__.co_freevars, m()(), m().__code__.co_freevars)
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
cnt = counter_factory()
for k in "abacab":
    cnt(k)
print(cnt("a"), cnt("c"))
def arg_cell(param):
    def get():
        return param
    param = param * 2
    return get
print(arg_cell(21)())
def closure_over_loop_final():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 100
    return [f() for f in fs]
print(closure_over_loop_final())
class Holder:
    def method(self):
        y = "method local"
        return lambda: (y, self.__class__.__name__)
print(Holder().method()())
def gen_closure():
    n = 0
    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n
    return gen, lambda: n
g, peek = gen_closure()
it = g()
print(next(it), peek(), next(it), peek())
