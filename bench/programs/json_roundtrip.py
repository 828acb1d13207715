"""json_roundtrip: a small JSON serializer and recursive-descent parser
written in Python (string scanning, dispatch on types, recursion)."""
import sys
import time

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "/": "/"}


def dump_string(s):
    out = ['"']
    for ch in s:
        out.append(ESCAPES.get(ch, ch))
    out.append('"')
    return "".join(out)


def dumps(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return dump_string(value)
    if isinstance(value, list):
        return "[" + ", ".join([dumps(v) for v in value]) + "]"
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            items.append(dump_string(k) + ": " + dumps(v))
        return "{" + ", ".join(items) + "}"
    raise TypeError("cannot serialize " + repr(value))


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ParseError("trailing data at " + str(self.pos))
        return value

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise ParseError("unexpected " + repr(ch) + " at " + str(self.pos))

    def expect(self, ch):
        self.skip_ws()
        if self.text[self.pos] != ch:
            raise ParseError("expected " + ch + " at " + str(self.pos))
        self.pos += 1

    def obj(self):
        self.expect("{")
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            self.skip_ws()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        text = self.text
        pos = self.pos + 1
        chars = []
        while True:
            ch = text[pos]
            if ch == '"':
                break
            if ch == "\\":
                pos += 1
                chars.append(UNESCAPES[text[pos]])
            else:
                chars.append(ch)
            pos += 1
        self.pos = pos + 1
        return "".join(chars)

    def number(self):
        start = self.pos
        pos = start + 1
        text = self.text
        while pos < len(text) and text[pos].isdigit():
            pos += 1
        self.pos = pos
        return int(text[start:pos])


def make_document(seed, count):
    items = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        items.append({
            "id": i,
            "name": "item \"" + str(seed % 1000) + "\"",
            "tags": ["t" + str(seed % 7), "t" + str(seed % 11)],
            "active": seed % 2 == 0,
            "score": seed % 10000 - 5000,
            "parent": None if i == 0 else i - 1,
            "note": "line1\nline2\t" + str(i),
        })
    return {"version": 3, "items": items, "meta": {"count": count, "ok": True}}


def workload(scale):
    doc = make_document(99, 2400 * scale)
    text = dumps(doc)
    parsed = Parser(text).parse()
    again = dumps(parsed)
    if again != text:
        raise ParseError("round trip mismatch")
    total = len(text)
    for item in parsed["items"]:
        total += item["score"] + len(item["name"]) + len(item["tags"])
    h = 0
    for ch in again[::7]:
        h = (h * 33 + ord(ch)) & 0xFFFFFF
    return total * 16777216 + h


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


run_benchmark("json_roundtrip", workload)
