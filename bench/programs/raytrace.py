"""raytrace: a tiny ray tracer with a Vector class using operator overloading
(__add__, __sub__, __mul__), float math and object allocation."""
import sys
import time


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalized()


class Plane:
    def __init__(self, point, normal, shade):
        self.point = point
        self.normal = normal.normalized()
        self.shade = shade

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, 0.9),
            Sphere(Vector(-2.0, 0.5, 6.0), 0.5, 0.6),
            Sphere(Vector(2.0, 0.75, 4.0), 0.75, 0.7),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), 0.4),
        ]
        self.light = Vector(-5.0, 10.0, -3.0)

    def closest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best = obj
                best_t = t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return 0.1
        p = ray.point_at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).normalized()
        shadow_obj, _ = self.closest(Ray(p, to_light))
        diffuse = 0.0 if shadow_obj is not None else max(0.0, n.dot(to_light))
        color = obj.shade * (0.2 + 0.8 * diffuse)
        if depth < 2:
            reflected = ray.direction - n * (2.0 * ray.direction.dot(n))
            color = color * 0.7 + 0.3 * self.trace(Ray(p, reflected), depth + 1)
        return color


def workload(scale):
    scene = Scene()
    width = 120 * scale
    height = 80 * scale
    eye = Vector(0.0, 1.5, -2.0)
    total = 0
    for py in range(height):
        for px in range(width):
            d = Vector((px - width / 2) / width, (height / 2 - py) / height, 1.0)
            level = scene.trace(Ray(eye, d), 0)
            total += int(level * 255.0)
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


run_benchmark("raytrace", workload)
