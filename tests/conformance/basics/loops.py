# while/for with else, break, continue, pass
for i in range(3):
    print("for", i)
else:
    print("for-else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for i in []:
    pass
else:
    print("empty for-else")
for x in range(3):
    for y in range(3):
        if y == x:
            break
        print(x, y, end="; ")
    else:
        print("inner else", x)
print()
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
for ch in "hello":
    pass
print(ch)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
loopvar = [10, 20, 30]
for loopvar[0] in range(3):
    pass
print(loopvar)
k = 5
while k:
    k -= 1
    if k == 2:
        continue
    print(k, end=" ")
print()
