# ends with an uncaught NameError from a typo inside a function
def area(width, height):
    result = width * height
    print("computed", result)
    return reslt
def perimeter(width, height):
    total = 2 * (width + height)
    return total
print("start")
print("perimeter", perimeter(3, 4))
try:
    area(1, 1)
except NameError as e:
    print("caught:", e)
try:
    print(undefined_at_module_level)
except NameError as e:
    print("caught:", e)
del perimeter
try:
    perimeter(1, 2)
except NameError as e:
    print("caught:", e)
area(3, 4)
print("never printed")
