# an interpreter for a small Forth-like stack language with user-defined words
class StackError(Exception):
    pass
class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []
        self.builtins = {
            "+": lambda: self.binary(lambda a, b: a + b),
            "-": lambda: self.binary(lambda a, b: a - b),
            "*": lambda: self.binary(lambda a, b: a * b),
            "/": self.divide,
            "mod": lambda: self.binary(lambda a, b: a % b),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self.swap,
            "over": lambda: self.push(self.stack[-2] if len(self.stack) >= 2 else self.underflow("over")),
            ".": lambda: self.output.append(str(self.pop())),
            "=": lambda: self.binary(lambda a, b: -1 if a == b else 0),
            "<": lambda: self.binary(lambda a, b: -1 if a < b else 0),
            "emit": lambda: self.output.append(chr(self.pop())),
            "cr": lambda: self.output.append("\n"),
        }
    def underflow(self, name):
        raise StackError(f"stack underflow in {name!r}")
    def push(self, v):
        self.stack.append(v)
    def pop(self):
        if not self.stack:
            self.underflow("pop")
        return self.stack.pop()
    def peek(self):
        if not self.stack:
            self.underflow("dup")
        return self.stack[-1]
    def binary(self, fn):
        b, a = self.pop(), self.pop()
        self.push(fn(a, b))
    def divide(self):
        b, a = self.pop(), self.pop()
        if b == 0:
            raise StackError("division by zero")
        self.push(a // b)
    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)
    def run(self, src):
        self.execute(src.lower().split())
        return self
    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1]
                if name.lstrip("-").isdigit():
                    raise StackError(f"cannot redefine number {name}")
                body = []
                for t in tokens[i + 2:end]:
                    body.extend(self.words.get(t, [t]))
                self.words[name] = body
                i = end + 1
                continue
            if tok == "if":
                depth, j, else_at = 0, i + 1, None
                while True:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "then":
                        if depth == 0:
                            break
                        depth -= 1
                    elif tokens[j] == "else" and depth == 0:
                        else_at = j
                    j += 1
                cond = self.pop()
                if cond:
                    self.execute(tokens[i + 1:else_at if else_at else j])
                elif else_at:
                    self.execute(tokens[else_at + 1:j])
                i = j + 1
                continue
            if tok in self.words:
                self.execute(self.words[tok])
            elif tok in self.builtins:
                self.builtins[tok]()
            else:
                try:
                    self.push(int(tok))
                except ValueError:
                    raise StackError(f"unknown word {tok!r}") from None
            i += 1
programs = [
    "1 2 + 3 * .",
    "10 3 mod . 10 3 / . 7 dup * .",
    ": square dup * ; 5 square . 12 square .",
    ": cube dup square * ; 3 cube .",
    "1 2 swap . . 4 5 over . . .",
    "72 emit 105 emit 33 emit cr",
    ": abs dup 0 < if 0 swap - then ; -7 abs . 7 abs .",
    ": sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ; -5 sign . 0 sign . 9 sign .",
    "1 0 /",
    "drop",
    "1 2 frobnicate",
    ": 5 6 ;",
]
for src in programs:
    f = Forth()
    if programs.index(src) in (3,):
        f.run(": square dup * ;")
    try:
        f.run(src)
        print(f"{src!r:70} -> {' '.join(o for o in f.output if o != chr(10))!r} stack={f.stack}")
    except StackError as e:
        print(f"{src!r:70} !! {e}")
f = Forth().run(": fib over over + ; 0 1 fib fib fib fib fib fib fib fib")
print(f.stack)
