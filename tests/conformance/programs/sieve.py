# prime sieves and number theory helpers
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
def gen_primes():
    composites = {}
    q = 2
    while True:
        if q not in composites:
            yield q
            composites[q * q] = [q]
        else:
            for p in composites[q]:
                composites.setdefault(p + q, []).append(p)
            del composites[q]
        q += 1
def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
primes = sieve(200)
print(len(primes), primes[:15], primes[-5:])
g = gen_primes()
print([next(g) for _ in range(15)] == primes[:15])
print(len(sieve(100000)), sum(sieve(10000)))
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin primes:", twins[:8])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap below 200:", max(gaps), "at", primes[gaps.index(max(gaps))])
def goldbach(n, pset):
    for p in sorted(pset):
        if n - p in pset:
            return p, n - p
pset = set(sieve(1000))
print([goldbach(n, pset) for n in range(4, 40, 4)])
def totient(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result
print([totient(n) for n in range(1, 21)])
print(sum(1 for _ in filter(lambda p: str(p) == str(p)[::-1], sieve(10000))))
