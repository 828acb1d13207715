# textwrap: wrap, fill (hyphens, long words, indents, max_lines), shorten, dedent, indent
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, "
        "used since the late nineteenth-century to test typewriters -- and fonts!")
for width in (10, 25, 40):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-compound-word here", 12), textwrap.wrap("a-very-long-hyphenated-compound-word", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\tand\nnewlines   and  spaces", 12), textwrap.wrap("tabs\tkept", 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 8), textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("End. Next one! Really? yes.", 40, fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder=" ~"))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)), repr(textwrap.shorten(text, 30, placeholder="...")))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("one"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("some words here", 3)
except ValueError as e:
    print(type(e).__name__, e)
block = """\
    def f():
        return 1

      # comment
    x = 2
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda line: line.startswith("b"))))
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=". ")
print(w.wrap("alpha beta gamma delta epsilon zeta eta"), w.width, w.placeholder)
print(textwrap.fill("x--y em--dash a--b", 5))
