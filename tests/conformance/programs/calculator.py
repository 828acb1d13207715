# a tokenizer and recursive-descent calculator with variables and error reporting
class CalcError(Exception):
    pass
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.tokens[self.pos]
    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expect(self, value):
        tok = self.next()
        if tok != ("op", value):
            raise CalcError(f"expected {value!r}, got {tok[1]!r}")
    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.next()[1]
            self.next()
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.next()[1]
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        if self.peek() == ("op", "-"):
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.next()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.next()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                if val not in self.FUNCS:
                    raise CalcError(f"unknown function {val!r}")
                return self.FUNCS[val](*args)
            if val not in self.env:
                raise CalcError(f"undefined variable {val!r}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect(")")
            return v
        raise CalcError(f"unexpected token {val!r}")
def run(src, env):
    parser = Parser(tokenize(src), env)
    value = parser.statement()
    if parser.peek()[0] != "end":
        raise CalcError(f"trailing input {parser.peek()[1]!r}")
    return value
env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x % 3 + y",
         "max(1, x, 3) - min(4, 2)", "abs(-7.5)", "1 / 0", "2 +", "foo(1)", "z * 2", "3 $ 4", "(1 + 2", "1 2",
         "big = 2 ** 100", "big + 1", "0.1 + 0.2"]
for line in lines:
    try:
        print(f"{line:26} => {run(line, env)!r}")
    except CalcError as e:
        print(f"{line:26} !! {e}")
print(sorted(env.items()))
print(tokenize("a1 = 3.5*(b_2 - 1)"))
