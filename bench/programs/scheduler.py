"""scheduler: object-oriented task scheduler simulation (classes, inheritance,
method overriding, super(), queues kept in lists)."""
import sys
import time


class Task:
    def __init__(self, ident, priority, work):
        self.ident = ident
        self.priority = priority
        self.remaining = work
        self.runs = 0
        self.done = False

    def quantum(self):
        return 3

    def step(self, clock):
        """Run for one quantum; return the amount of work performed."""
        amount = min(self.quantum(), self.remaining)
        self.remaining -= amount
        self.runs += 1
        if self.remaining == 0:
            self.done = True
        return amount

    def cost(self):
        return self.runs * self.priority


class IoTask(Task):
    def __init__(self, ident, priority, work, device):
        super().__init__(ident, priority, work)
        self.device = device
        self.blocked = 0

    def quantum(self):
        return 1

    def step(self, clock):
        amount = super().step(clock)
        if clock % 3 == 0:
            self.blocked = 2
        return amount


class ComputeTask(Task):
    def quantum(self):
        return 5 + (self.priority & 3)

    def cost(self):
        return super().cost() * 2


class IdleTask(Task):
    def __init__(self, ident):
        super().__init__(ident, 0, 1 << 30)

    def step(self, clock):
        self.runs += 1
        return 0


class Device:
    def __init__(self, name):
        self.name = name
        self.requests = 0

    def request(self):
        self.requests += 1


class Scheduler:
    def __init__(self, levels):
        self.queues = [[] for _ in range(levels)]
        self.waiting = []
        self.clock = 0
        self.finished = []
        self.work_done = 0

    def add(self, task):
        self.queues[min(task.priority, len(self.queues) - 1)].append(task)

    def pick(self):
        for queue in reversed(self.queues):
            if queue:
                return queue.pop(0)
        return None

    def wake_blocked(self):
        still = []
        for task in self.waiting:
            task.blocked -= 1
            if task.blocked <= 0:
                self.add(task)
            else:
                still.append(task)
        self.waiting = still

    def run(self, idle):
        while True:
            self.clock += 1
            self.wake_blocked()
            task = self.pick()
            if task is None:
                if not self.waiting:
                    break
                self.work_done += idle.step(self.clock)
                continue
            self.work_done += task.step(self.clock)
            if task.done:
                self.finished.append(task)
            elif isinstance(task, IoTask) and task.blocked > 0:
                task.device.request()
                self.waiting.append(task)
            else:
                self.add(task)
        return self.clock


def workload(scale):
    devices = [Device("disk"), Device("net"), Device("tty")]
    sched = Scheduler(4)
    seed = 12345
    for i in range(4000 * scale):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        kind = seed % 3
        priority = (seed >> 4) & 3
        work = 10 + (seed >> 8) % 40
        if kind == 0:
            sched.add(IoTask(i, priority, work, devices[i % 3]))
        elif kind == 1:
            sched.add(ComputeTask(i, priority, work))
        else:
            sched.add(Task(i, priority, work))
    idle = IdleTask(-1)
    clock = sched.run(idle)
    total = clock + sched.work_done + idle.runs
    for task in sched.finished:
        total += task.cost() * 7 + task.ident
    for d in devices:
        total += d.requests
    return total


# ---------------------------------------------------------------------------
# Shared benchmark protocol (identical in every program; only sys and time).
# usage: python3 PROGRAM.py [ITERATIONS [SCALE]]
# Each iteration runs the same workload and returns an int checksum; all
# iterations must agree.  The last stdout line is
#   RESULT {"name": ..., "checksum": ..., "times": [...]}

def run_benchmark(name, workload, default_iterations=40):
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else default_iterations
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    times = []
    expected = None
    for i in range(iterations):
        t0 = time.perf_counter()
        checksum = workload(scale)
        t1 = time.perf_counter()
        times.append(t1 - t0)
        if type(checksum) is not int:
            print("ERROR " + name + ": checksum is not an int: " + repr(checksum))
            sys.exit(1)
        if i == 0:
            expected = checksum
        elif checksum != expected:
            print("ERROR " + name + ": iteration " + str(i) + " checksum "
                  + str(checksum) + " != " + str(expected))
            sys.exit(1)
    if iterations > 0:
        print(name + ": " + str(iterations) + " iterations, first "
              + str(round(times[0] * 1000.0, 2)) + " ms, last "
              + str(round(times[-1] * 1000.0, 2)) + " ms")
    checksum_text = "null" if expected is None else str(expected)
    print('RESULT {"name": "' + name + '", "checksum": ' + checksum_text
          + ', "times": [' + ", ".join([repr(t) for t in times]) + "]}")


run_benchmark("scheduler", workload)
