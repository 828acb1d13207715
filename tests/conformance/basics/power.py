# ** operator and pow()
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** 3, (-2) ** 4)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(2.0 ** 3, (-8.0) ** 2, 1.5 ** 2)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, -2, 5))
print(0 ** 5, 0.0 ** 0, (-1) ** 1001)
print(10 ** 2 ** 2)
x = 3
x **= 3
print(x)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(2 ** "3")
except TypeError as e:
    print(type(e).__name__, e)
