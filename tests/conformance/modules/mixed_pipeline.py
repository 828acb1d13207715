# itertools + operator + collections + functools working together on sales data
import itertools
import operator
import functools
from collections import namedtuple, defaultdict, Counter, deque
Sale = namedtuple("Sale", "region product qty price")
RAW = """north widget 3 2.50
south gadget 1 10.00
north gadget 2 10.00
east widget 10 2.25
south widget 4 2.50
north gizmo 1 99.99
east gadget 5 9.50
south gizmo 2 95.00"""
sales = [Sale(r, p, int(q), float(pr)) for r, p, q, pr in (line.split() for line in RAW.splitlines())]
revenue = lambda s: round(s.qty * s.price, 2)
print(len(sales), sales[0], revenue(sales[0]))
by_region = sorted(sales, key=operator.attrgetter("region"))
for region, group in itertools.groupby(by_region, key=operator.attrgetter("region")):
    group = list(group)
    print(region, len(group), round(sum(map(revenue, group)), 2))
totals = defaultdict(float)
for s in sales:
    totals[s.product] += revenue(s)
print(sorted((p, round(t, 2)) for p, t in totals.items()))
qty = Counter()
for s in sales:
    qty[s.product] += s.qty
print(qty.most_common(1), sorted(qty.items()))
grand = functools.reduce(operator.add, map(revenue, sales))
print(round(grand, 2))
running = list(itertools.accumulate(map(revenue, sales)))
print([round(r, 2) for r in running])
pairs = list(itertools.combinations(sorted({s.product for s in sales}), 2))
print(pairs)
last3 = deque(maxlen=3)
for s in sales:
    last3.append(s.product)
print(list(last3))
best = max(sales, key=revenue)
print(best.region, best.product, revenue(best))
table = itertools.zip_longest(["region", "product"], [s.region for s in sales[:1]], fillvalue="?")
print(list(table))
print(list(itertools.islice(itertools.cycle(["r", "g", "b"]), len(sales))))
print(list(itertools.chain.from_iterable([s.product[:2]] * s.qty for s in sales if s.qty < 3)))
