# a hand-written binary heap priority queue driving a task-scheduling simulation
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        self.heap.append(entry)
        self._sift_up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._sift_down(0)
        return top[0], top[2]
    def peek(self):
        return self.heap[0][0], self.heap[0][2]
    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.heap[child] < self.heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest
pq = PriorityQueue()
for p, name in [(5, "write docs"), (1, "fix bug"), (3, "review"), (1, "deploy"), (4, "refactor"), (2, "test")]:
    pq.push(p, name)
print(len(pq), pq.peek())
print([pq.pop() for _ in range(len(pq))])
try:
    pq.pop()
except IndexError as e:
    print(type(e).__name__, e)
values = [(i * 7919) % 101 for i in range(40)]
for v in values:
    pq.push(v, v)
out = [pq.pop()[0] for _ in range(len(pq))]
print(out == sorted(values), out[:10])
events = PriorityQueue()
arrivals = [(0, "A", 3), (1, "B", 2), (2, "C", 1), (6, "D", 2), (6, "E", 1)]
for t, name, dur in arrivals:
    events.push(t, ("arrive", name, dur))
clock, busy_until, waiting, log = 0, 0, [], []
while events:
    clock, (kind, name, dur) = events.pop()
    if kind == "arrive":
        waiting.append((name, dur))
        log.append(f"t={clock} {name} arrives (queue: {[w[0] for w in waiting]})")
    else:
        log.append(f"t={clock} {name} done")
    if waiting and busy_until <= clock:
        waiting.sort(key=lambda w: w[1])
        nxt, d = waiting.pop(0)
        busy_until = clock + d
        log.append(f"t={clock} start {nxt} (dur {d})")
        events.push(busy_until, ("done", nxt, 0))
print("\n".join(log))
print("finished at", clock)
