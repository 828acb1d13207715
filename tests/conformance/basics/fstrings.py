# f-strings: expressions, conversions, nesting, self-documenting
name, n = "World", 42
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2=}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{{literal}}", f"{{{n}}}", f"{'quoted'}", f'{"dq"}', f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"{n if n > 10 else 0}", f"{(lambda x: x * 2)(5)}", f"{n:>{len(name)}}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{'x':{'^'}{w}}|", f"{n:{'0'}{5}d}")
print(f"{n = }", f"{name=!s}", f"{3.5=:.2f}")
d = {"key": "value"}
print(f"{d['key']}", f"{d}", f"{(1, 2)}", f"{None}", f"{True}")
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
print(f"{C()}", f"{C():abc}", f"{C()!r}", f"{C()!s}", f"{C()!r:>6}")
print(f"multi" f"part {n}" "plain")
x = 5
print(f"{x:b} {x:08b} {x:#o} {-x:x} {x!r:>4}")
print(f"""triple {n}
second line""")
try:
    f"{n:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:x}"
except ValueError as e:
    print(type(e).__name__, e)
