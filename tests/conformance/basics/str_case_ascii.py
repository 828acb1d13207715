for t in ['abcXYZ', 'ÿabc', 'straße', 'ǅx', 'a\u0130b', '', 'ABC', 'µ', 'hello world 123 {}[]@`~', 'a' * 50 + 'É', 'Zz@[`{']:
    print(repr(t.upper()), repr(t.lower()))
