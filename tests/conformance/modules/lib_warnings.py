# warnings: default once-per-location printing, filters, simplefilter, catch_warnings(record=True), formatwarning
import warnings
import sys
class Out:
    # warnings go to stdout, with the program's file name printed as FILE
    def write(self, text):
        sys.stdout.write(text.replace(__file__, 'FILE'))
    def flush(self):
        pass
sys.stderr = Out()

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)

warnings.warn("first warning")
for i in range(3):
    warnings.warn("in a loop")
emit("blamed on caller")
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
print(warnings.formatwarning("msg", UserWarning, "file.py", 12), end="")
print(warnings.formatwarning("msg", FutureWarning, "file.py", 3, line="  code()  "), end="")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("one")
    warnings.warn("two", SyntaxWarning)
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught], caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me please")
    warnings.warn("keep me")
with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=UserWarning)
    warnings.warn("ignored")
    warnings.warn("not ignored", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(caught))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(type(e).__name__, e)
print(warnings.filters[0][0], warnings.filters[0][2].__name__, len(warnings.filters))
