# string (constants, capwords, Template, Formatter) and keyword
import string
import keyword
from string import Template

print(repr(string.whitespace), string.ascii_letters, string.hexdigits, string.octdigits, len(string.printable), string.punctuation)
print(string.capwords("the quick  brown\tfox"), string.capwords("a,b,c", ","), repr(string.capwords("   ")))
t = Template("$who likes ${what}s; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "x"}), t.template)
print(t.safe_substitute(who="bob"), t.get_identifiers(), t.is_valid())
for text in ["$", "cost: $ 5", "${unclosed", "line1\n  $9"]:
    try:
        Template(text).substitute()
    except ValueError as e:
        print(type(e).__name__, e, "|", Template(text).safe_substitute(), Template(text).is_valid())
try:
    Template("$missing").substitute(other=1)
except KeyError as e:
    print(type(e).__name__, e)
print(Template("$a$b").substitute({"a": 1}, b=2.5), Template("${a}b $_x9").substitute(a="A", _x9=[1]))
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %% %{age}y").substitute(name="Al", age=3))
f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{x:>5}|{y!r}", x=1, y="q"), f.format("{} {}", 1, 2), f.format("{0[k]}{1.real}", {"k": "v"}, 3))
print(list(f.parse("a{0}b{x!s:>3}c{{}}")))
print(keyword.iskeyword("class"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.iskeyword("print"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist, sorted(keyword.kwlist) == keyword.kwlist)
