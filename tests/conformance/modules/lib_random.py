# random: CPython-compatible Mersenne Twister seeding and all the functions, for several seeds
import random

for seed in [0, 1, 42, 2 ** 40 + 3, -7, 123456789012345678901234567890]:
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(40), random.randrange(1000), random.randint(-50, 50))
for seed in ["spam", b"eggs", 3.75, bytearray(b"x")]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(0, 100, 7))
r = random.Random(12345)
print(r.choice("abcdefghij"), r.choices(range(10), k=5), r.choices("abc", weights=[5, 1, 1], k=6), r.choices("xyz", cum_weights=[1, 2, 10], k=4))
deck = list(range(20))
r.shuffle(deck)
print(deck, r.sample(range(1000), 6), r.sample(["a", "b", "c", "d"], 4), r.sample("xy", 2, counts=[3, 2]))
print(r.uniform(1, 5), r.triangular(0, 10, 3), r.getrandbits(1), r.getrandbits(0), r.getrandbits(100), r.randbytes(4))
print(round(r.gauss(10, 2), 9), round(r.normalvariate(0, 1), 9), round(r.expovariate(2.0), 9), round(r.gammavariate(2.5, 1.5), 9), round(r.betavariate(2, 5), 9))
print(round(r.lognormvariate(0, 0.5), 9), round(r.paretovariate(3), 9), round(r.weibullvariate(1, 1.5), 9), round(r.vonmisesvariate(1.0, 2.0), 9), round(r.gammavariate(0.5, 1), 9))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], state[0], len(state[1]))
r1, r2 = random.Random(99), random.Random(99)
print([r1.randrange(10 ** 20) for _ in range(3)] == [r2.randrange(10 ** 20) for _ in range(3)], r1.randrange(5, 100, 5), r1.randrange(100, 0, -9))
for bad in [lambda: r.choice([]), lambda: r.randrange(0), lambda: r.randrange(5, 1), lambda: r.randrange(1, 5, 0),
            lambda: r.sample(range(3), 4), lambda: r.sample({1, 2}, 1), lambda: r.getrandbits(-1), lambda: random.Random([1]),
            lambda: r.choices("ab", [1]), lambda: r.choices("ab", 2)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
class Const(random.Random):
    def random(self):
        return 0.5
print(Const().randrange(10), Const().choice("abcd"), Const().sample(range(10), 3))
random.seed(2024)
nums = [random.randint(1, 6) for _ in range(30)]
print(nums, sum(nums))
