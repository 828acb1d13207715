# matrix operations with lists: multiply, transpose, determinant, inverse with fractions-free integers
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        k >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m, name):
    width = max(len(str(v)) for row in m for v in row)
    print(name + ":")
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show(B, "B")
show(mat_mul(A, B), "A @ B")
show(mat_mul(B, A), "B @ A")
show(transpose(A), "A^T")
try:
    mat_mul(A, A)
except ValueError as e:
    print(type(e).__name__, e)
F = [[1, 1], [1, 0]]
show(mat_pow(F, 30), "F^30")
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(M) =", det(M), "det(I4) =", det(identity(4)), "det(singular) =", det([[1, 2], [2, 4]]))
print(mat_mul(identity(3), M) == M, transpose(transpose(M)) == M)
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        return Matrix(mat_mul(self.rows, other.rows))
    def __add__(self, other):
        return Matrix([[x + y for x, y in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return f"Matrix({self.rows})"
P = Matrix([[1, 2], [3, 4]])
print(P @ P, P + P, 3 * P, P * 0.5, P @ P == P @ P)
float_m = [[0.1, 0.2], [0.3, 0.4]]
print(mat_mul(float_m, float_m))
