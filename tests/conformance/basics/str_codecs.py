# str.encode / bytes.decode: codecs, error handlers and UnicodeError details


def check(label, f):
    try:
        r = f()
    except UnicodeError as e:
        print(label, "->", type(e).__name__ + ":", e, "|", e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", ascii(r))


text = "aé€😀\u0101"
for enc in ("utf-8", "UTF8", "utf_8", "U8", "ascii", "US-ASCII", "latin-1", "latin1", "ISO-8859-1", "L1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "cp1252"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
        check(enc + "/" + errors, lambda: text.encode(enc, errors))

check("default", lambda: text.encode())
check("kw", lambda: "ab".encode(encoding="ascii", errors="strict"))
check("run", lambda: "aéé b".encode("ascii"))
check("astral", lambda: "a\U0001f600".encode("ascii"))
check("latin run", lambda: "€€x".encode("latin-1"))
check("surrogate", lambda: "a\ud800b".encode())
check("surrogates run", lambda: "\udc80\udc81".encode("utf-8"))
check("surrogatepass", lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
check("surrogateescape", lambda: "a\udcffb\udc80".encode("utf-8", "surrogateescape"))
check("surrogateescape ascii", lambda: "a\udcff".encode("ascii", "surrogateescape"))
check("surrogateescape bad", lambda: "a\ud800".encode("utf-8", "surrogateescape"))
check("unknown encoding", lambda: "a".encode("rot-13x"))
check("unknown handler unused", lambda: "a".encode("ascii", "bogus"))
check("unknown handler", lambda: "é".encode("ascii", "bogus"))
check("encoding type", lambda: "a".encode(1))
check("errors type", lambda: "a".encode("ascii", 2))
check("encoding none", lambda: "a".encode(None))

data = b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
for enc in ("utf-8", "ascii", "latin-1", "utf-16-le", "utf-32-be", "cp1252"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        check(enc + "/" + errors, lambda: data.decode(enc, errors))

bad = [b"\xff", b"\xff\xfe", b"a\xe9", b"a\xe9b", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf0\x9f\x98x", b"\xc0\xaf", b"\xf4\x90\x80\x80",
       b"\xe0\x80\x80", b"\xf8\x88\x80\x80\x80", b"\x80abc", b"ab\xc3", b"\xc3\xc3\xa9"]
for b in bad:
    check(ascii(b), lambda: b.decode())
    check(ascii(b) + " replace", lambda: b.decode("utf-8", "replace"))
    check(ascii(b) + " ignore", lambda: b.decode("utf-8", "ignore"))
    check(ascii(b) + " backslash", lambda: b.decode("utf-8", "backslashreplace"))
check("ascii", lambda: b"ab\x80\xffc".decode("ascii"))
check("ascii replace", lambda: b"ab\x80\xffc".decode("ascii", "replace"))
check("utf-16 bom", lambda: b"\xff\xfea\x00b\x00".decode("utf-16"))
check("utf-16 be bom", lambda: b"\xfe\xff\x00a".decode("utf-16"))
check("utf-16 odd", lambda: b"a\x00b".decode("utf-16-le"))
check("utf-16 pair", lambda: b"=\xd8\x00\xde".decode("utf-16-le"))
check("utf-16 lone", lambda: b"\x00\xdea\x00".decode("utf-16-le"))
check("utf-32 big", lambda: b"\x00\x11\x00\x00".decode("utf-32-be"))
check("roundtrip", lambda: data.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == data)
check("bytearray", lambda: bytearray(b"\xc3\xa9").decode())
check("decode kw", lambda: b"x".decode(encoding="latin-1", errors="strict"))
check("decode unknown", lambda: b"x".decode("nope"))
check("decode bad handler", lambda: b"\xff".decode("utf-8", "nope"))
check("str()", lambda: str(b"\xc3\xa9", "utf-8"))
check("str() errors", lambda: str(b"\xff!", errors="replace"))
check("str() ignore", lambda: str(b"\xff!", "ascii", "ignore"))
check("str() of str", lambda: str("x", "utf-8"))
check("str() of int", lambda: str(5, "utf-8"))
check("str() enc type", lambda: str(b"x", 5))
check("bytes()", lambda: bytes("é€", "utf-8"))
check("bytes() errors", lambda: bytes("é€", "latin-1", "replace"))
check("bytearray()", lambda: bytearray("é", encoding="utf-16-be"))
e = UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "custom reason")
print(str(e), e.start, e.end, e.reason, e.args)
e = UnicodeEncodeError("ascii", "\u1234", 0, 1, "nope")
print(str(e), e.object, e.encoding)
