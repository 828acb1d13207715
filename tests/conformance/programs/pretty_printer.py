# a hand-written JSON-like serializer and pretty printer, plus a tiny parser to round-trip
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(obj, indent=None, level=0, sort_keys=False):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1, sort_keys) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = sorted(obj.items()) if sort_keys else obj.items()
        return "{" + sep.join(pad + escape(str(k)) + ": " + dumps(v, indent, level + 1, sort_keys) for k, v in items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def loads(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                ws()
                k = value()
                ws()
                assert text[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                result[k] = value()
                ws()
                if text[pos] == "}":
                    pos += 1
                    return result
                assert text[pos] == ",", f"expected ',' at {pos}"
                pos += 1
        if ch == "[":
            pos += 1
            result = []
            ws()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                ws()
                if text[pos] == "]":
                    pos += 1
                    return result
                pos += 1
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    nxt = text[pos + 1]
                    if nxt == "u":
                        out.append(chr(int(text[pos + 2:pos + 6], 16)))
                        pos += 6
                        continue
                    out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    pos += 2
                else:
                    out.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
doc = {"name": "minipy", "version": [0, 1, 2], "stable": False, "license": None,
       "authors": [{"name": "Ada", "langs": ["py", "java"]}, {"name": "Bo \"the\" dev", "langs": []}],
       "ratio": 0.25, "big": 2 ** 70, "text": "tab\there\nnewline é", "empty": {}}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2, sort_keys=True)
print(pretty)
print(loads(compact) == doc, loads(pretty) == doc)
print(loads('  [1, -2.5e3, "x\\"y", {"a": [true, false, null]}]  '))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
