"""runpy.py - locating and running Python code using the module namespace
(minipy implementation).

Provides support for locating and running Python scripts using the Python
module namespace instead of the native filesystem.

This allows Python code to play nicely with non-filesystem based PEP 302
importers when locating support scripts as well as when importing modules.
"""

import sys

__all__ = ['run_module', 'run_path']

_ModuleType = type(sys)


class ModuleSpec:
    """The specification of a module found on sys.path (as importlib's ModuleSpec)."""

    def __init__(self, name, loader, *, origin=None, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None and not origin.startswith('<')

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%s' % (self.submodule_search_locations,))
        return '%s(%s)' % (self.__class__.__name__, ', '.join(args))


class _Error(Exception):
    """Error that _run_module_as_main() should report without a traceback"""


def _read_file(path):
    try:
        with open(path, encoding='utf-8') as f:
            return f.read()
    except (OSError, UnicodeError, NameError, TypeError, ValueError):
        return None


def _is_dir(path):
    try:
        import os
        return os.path.isdir(path)
    except Exception:
        return _read_file(path + '/__init__.py') is not None


def _find_module(mod_name):
    """(spec, source text) of a module on sys.path (or its package's __path__),
    or (None, None)."""
    pkg_name, _, leaf = mod_name.rpartition('.')
    if pkg_name:
        pkg = sys.modules.get(pkg_name)
        search = getattr(pkg, '__path__', None)
        if search is None:
            return None, None
    else:
        search = sys.path
    for entry in search:
        if not isinstance(entry, str) or entry.startswith('<'):
            continue
        base = (entry.rstrip('/') + '/') if entry else ''
        init = base + leaf + '/__init__.py'
        text = _read_file(init)
        if text is not None:
            spec = ModuleSpec(mod_name, None, origin=init, is_package=True)
            spec.submodule_search_locations.append(base + leaf)
            return spec, text
        path = base + leaf + '.py'
        text = _read_file(path)
        if text is not None:
            return ModuleSpec(mod_name, None, origin=path), text
    return None, None


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        # import the parent first, so that errors while initializing it are not hidden
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, '__path__'):
            from warnings import warn
            msg = ('{mod_name!r} found in sys.modules after import of package {pkg_name!r}, but prior '
                   'to execution of {mod_name!r}; this may result in unpredictable '
                   'behaviour'.format(mod_name=mod_name, pkg_name=pkg_name))
            warn(RuntimeWarning(msg))
    spec, source = _find_module(mod_name)
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            if mod_name not in sys.modules:
                __import__(mod_name)
            pkg_main_name = mod_name + '.__main__'
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error('%s; %r is a package and cannot be directly executed' % (e, mod_name))
    try:
        code = compile(source, spec.origin, 'exec')
    except SyntaxError:
        raise
    return mod_name, spec, code


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Helper to run code in nominated namespace"""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    """Helper to run code in new namespace with sys modified"""
    fname = script_name if mod_spec is None else mod_spec.origin
    temp_module = _ModuleType(mod_name)
    saved_argv0 = sys.argv[0] if sys.argv else None
    saved_module = sys.modules.get(mod_name, _ModuleType)
    sys.modules[mod_name] = temp_module
    if sys.argv:
        sys.argv[0] = fname
    try:
        mod_globals = temp_module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    finally:
        if sys.argv:
            sys.argv[0] = saved_argv0
        if saved_module is _ModuleType:
            sys.modules.pop(mod_name, None)
        else:
            sys.modules[mod_name] = saved_module
    # copy the globals of the temporary module, as they may be cleared when it is deleted
    return mod_globals.copy()


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs the designated module in the __main__ namespace

       Note that the executed module will have full access to the
       __main__ namespace. If this is not desirable, the run_module()
       function should be used to run the module code in a fresh namespace.

       At the very least, these variables in __main__ will be overwritten:
           __name__
           __file__
           __cached__
           __loader__
           __package__
    """
    try:
        mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
    except _Error as exc:
        msg = '%s: %s' % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules['__main__'].__dict__
    # the launcher's bootstrap code imported runpy into __main__: hide it from the module
    if main_globals.get('runpy') is sys.modules.get('runpy'):
        del main_globals['runpy']
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, '__main__', mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it.

       mod_name -- an absolute module name or package name.

       Optional arguments:
       init_globals -- dictionary used to pre-populate the module’s
       globals dictionary before the code is executed.

       run_name -- if not None, this will be used for setting __name__;
       otherwise, __name__ will be set to mod_name + '__main__' if the
       named module is a package and to just mod_name otherwise.

       alter_sys -- if True, sys.argv[0] is updated with the value of
       __file__ and sys.modules[__name__] is updated with a temporary
       module object for the module being executed. Both are
       restored to their original values before the function returns.

       Returns the resulting module globals dictionary.
    """
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location.

       path_name -- filesystem location of a Python script, zipfile,
       or directory containing a top level __main__.py script.

       Optional arguments:
       init_globals -- dictionary used to pre-populate the module’s
       globals dictionary before the code is executed.

       run_name -- if not None, this will be used to set __name__;
       otherwise, '<run_path>' will be used for __name__.

       Returns the resulting module globals dictionary.
    """
    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    path = path_name
    if _is_dir(path):
        main = path.rstrip('/') + '/__main__.py'
        source = _read_file(main)
        if source is None:
            raise ImportError("can't find '__main__' module in %r" % (path_name,))
        sys.path.insert(0, path_name)
        try:
            code = compile(source, main, 'exec')
            mod_spec = ModuleSpec('__main__', None, origin=main)
            return _run_module_code(code, init_globals, run_name, mod_spec, pkg_name)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    source = _read_file(path)
    if source is None:
        raise FileNotFoundError(2, 'No such file or directory', path_name)
    code = compile(source, path, 'exec')
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=path)
