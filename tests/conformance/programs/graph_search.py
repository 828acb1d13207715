# graph algorithms on an adjacency dict: BFS, DFS, Dijkstra (hand-written heap), topological sort
GRAPH = {
    "A": {"B": 4, "C": 2},
    "B": {"C": 5, "D": 10},
    "C": {"E": 3},
    "D": {"F": 11},
    "E": {"D": 4},
    "F": {},
    "G": {"F": 1},
}
def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
def dfs(graph, start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for nxt in sorted(graph[start]):
        if nxt not in seen:
            dfs(graph, nxt, seen)
    return seen
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heap_pop(h):
    h[0], h[-1] = h[-1], h[0]
    item = h.pop()
    i = 0
    while True:
        c = min((j for j in (2 * i + 1, 2 * i + 2) if j < len(h)), key=lambda j: h[j], default=None)
        if c is None or h[i] <= h[c]:
            return item
        h[i], h[c] = h[c], h[i]
        i = c
def dijkstra(graph, src):
    dist, prev, heap = {src: 0}, {}, [(0, src)]
    while heap:
        d, node = heap_pop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt], prev[nxt] = nd, node
                heap_push(heap, (nd, nxt))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
def topo(graph):
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in sorted(graph[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(order) != len(graph):
        raise ValueError("graph has a cycle")
    return order
print("BFS", bfs(GRAPH, "A"))
print("DFS", dfs(GRAPH, "A"))
dist, prev = dijkstra(GRAPH, "A")
print("dist", sorted(dist.items()))
for t in ["D", "F", "E"]:
    print(t, path(prev, t), dist[t])
print("unreachable G:", "G" in dist)
print("topological", topo(GRAPH))
cyclic = dict(GRAPH, F={"A": 1})
try:
    topo(cyclic)
except ValueError as e:
    print(type(e).__name__, e)
def components(graph):
    undirected = {n: set() for n in graph}
    for n in graph:
        for m in graph[n]:
            undirected[n].add(m)
            undirected[m].add(n)
    seen, comps = set(), []
    for n in sorted(graph):
        if n not in seen:
            comp = dfs({k: list(v) for k, v in undirected.items()}, n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components(GRAPH), components({"x": {}, "y": {"z": 1}, "z": {}}))
