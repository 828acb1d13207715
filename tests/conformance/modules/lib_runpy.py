# runpy: run_module and run_path on another program of this directory
import runpy
import sys

result = runpy.run_path("lib_string_keyword.py", run_name="as_script")
print("ran:", result["__name__"], "kwlist" in str(sorted(result)), result["t"].template)
mod = runpy.run_module("lib_string_keyword", init_globals={"injected": 1})
print(mod["__name__"], mod["injected"], mod["__file__"].endswith("lib_string_keyword.py"), mod["__spec__"].name)
mod = runpy.run_module("lib_string_keyword", run_name="__main__", alter_sys=True)
print(mod["__name__"], "lib_string_keyword" in sys.modules, sys.argv[0].endswith("lib_runpy.py"))
try:
    runpy.run_module("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e)
