# Floor division and modulo with negative operands (Python floors toward -inf)
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0)
print(5.0 % 0.5, -0.0 % 5, 0.0 % -5)
print(-1e-20 % 1.0)
print(divmod(-7.5, 2), divmod(7, -2.5))
print(10 ** 20 // -3, 10 ** 20 % -3)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
for a in range(-5, 6):
    print(a % 3, end=" ")
print()
for a in range(-5, 6):
    print(a // 3, end=" ")
print()
try:
    5.0 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
