package org.minipy.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import org.minipy.builtins.BuiltinRegistry;
import org.minipy.language.Compiler;
import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.nodes.PArguments;

/**
 * The import system: sys.modules, builtin modules written in Java, modules of minipy's own standard
 * library (Python sources shipped inside the language jar) and user modules found on sys.path.
 */
public final class ImportOps {
    /** Where minipy's standard library sources live in the language jar. */
    public static final String LIB_RESOURCE = "/org/minipy/lib/";
    public static final String LIB_PATH_ENTRY = "<minipy-stdlib>";

    private ImportOps() {
    }

    /** {@code __import__(name, globals, ..., fromlist, level)}: returns the top package unless fromlist is given. */
    @TruffleBoundary
    public static Object importName(String name, PyDict globals, boolean hasFromlist, int level) {
        String absName = resolveName(name, globals, level);
        PyModule module = importModule(absName);
        if (hasFromlist || !absName.contains(".")) {
            return module;
        }
        if (level > 0) {
            return module;
        }
        String top = absName.substring(0, absName.indexOf('.'));
        return PythonContext.get(null).getModules().getItemStr(top);
    }

    @TruffleBoundary
    public static String resolveName(String name, PyDict globals, int level) {
        if (level == 0) {
            if (name.isEmpty()) {
                throw PException.valueError("Empty module name");
            }
            return name;
        }
        Object pkg = globals == null ? null : globals.getItemStr("__package__");
        String base;
        if (pkg instanceof String s && !s.isEmpty()) {
            base = s;
        } else {
            Object modName = globals == null ? null : globals.getItemStr("__name__");
            Object path = globals == null ? null : globals.getItemStr("__path__");
            if (!(modName instanceof String mn)) {
                throw PException.raise(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            if (path != null) {
                base = mn;
            } else {
                int dot = mn.lastIndexOf('.');
                if (dot < 0) {
                    throw PException.raise(BuiltinTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
                }
                base = mn.substring(0, dot);
            }
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PException.raise(BuiltinTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by absolute dotted name, importing parent packages first. */
    @TruffleBoundary
    public static PyModule importModule(String absName) {
        PythonContext ctx = PythonContext.get(null);
        PyDict modules = ctx.getModules();
        Object existing = modules.getItemStr(absName);
        if (existing instanceof PyModule m) {
            return m;
        }
        if (existing != null && existing != PyNone.NONE) {
            return asModule(existing, absName);
        }
        int dot = absName.lastIndexOf('.');
        PyModule parent = null;
        if (dot >= 0) {
            parent = importModule(absName.substring(0, dot));
            Object again = modules.getItemStr(absName);
            if (again instanceof PyModule m) {
                return m;
            }
        }
        PyModule m = load(ctx, absName, parent);
        if (m == null) {
            PException e = PException.raise(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + absName + "'");
            InstanceAttrs.put(e.getPyException(), "name", absName);
            throw e;
        }
        if (parent != null) {
            parent.getDict().setItemStr(absName.substring(dot + 1), m);
        }
        return m;
    }

    private static PyModule asModule(Object o, String name) {
        if (o instanceof PyModule m) {
            return m;
        }
        throw PException.raise(BuiltinTypes.IMPORT_ERROR, "module " + name + " is not a module object");
    }

    private static PyModule load(PythonContext ctx, String absName, PyModule parent) {
        // 1. builtin modules implemented in Java
        if (BuiltinRegistry.hasModule(absName)) {
            PyDict d = new PyDict();
            d.setItemStr("__name__", absName);
            d.setItemStr("__doc__", PyNone.NONE);
            d.setItemStr("__package__", "");
            PyModule m = new PyModule(absName, d).markBuiltin();
            BuiltinRegistry.addModuleFunctions(absName, d, m);
            BuiltinRegistry.initModule(absName, m, ctx);
            ctx.getModules().setItemStr(absName, m);
            // a Java module may have a Python half with the same name in the library
            String extra = readResource(LIB_RESOURCE + absName.replace('.', '/') + ".py");
            if (extra != null) {
                execModuleSource(ctx, m, extra, "<minipy-stdlib>/" + absName.replace('.', '/') + ".py");
            }
            return m;
        }
        // 2. user modules on sys.path (before the standard library, as CPython puts the script dir first)
        Object[] searchPath;
        if (parent != null) {
            Object p = parent.getDict().getItemStr("__path__");
            if (p == null) {
                PException e = PException.raise(BuiltinTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + absName + "'; '" + parent.getName() + "' is not a package");
                throw e;
            }
            searchPath = PyObjectOps.toArray(p);
        } else {
            Object sysPath = ctx.getSysModule().getDict().getItemStr("path");
            searchPath = sysPath == null ? new Object[0] : PyObjectOps.toArray(sysPath);
        }
        String leaf = absName.substring(absName.lastIndexOf('.') + 1);
        for (Object entry : searchPath) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            if (dir.equals(LIB_PATH_ENTRY) || dir.startsWith(LIB_PATH_ENTRY + "/")) {
                String rel = dir.equals(LIB_PATH_ENTRY) ? "" : dir.substring(LIB_PATH_ENTRY.length() + 1) + "/";
                String pkgInit = readResource(LIB_RESOURCE + rel + leaf + "/__init__.py");
                if (pkgInit != null) {
                    return execNewModule(ctx, absName, pkgInit, LIB_PATH_ENTRY + "/" + rel + leaf + "/__init__.py", LIB_PATH_ENTRY + "/" + rel + leaf);
                }
                String src = readResource(LIB_RESOURCE + rel + leaf + ".py");
                if (src != null) {
                    return execNewModule(ctx, absName, src, LIB_PATH_ENTRY + "/" + rel + leaf + ".py", null);
                }
                continue;
            }
            try {
                TruffleFile base = ctx.getEnv().getPublicTruffleFile(dir.isEmpty() ? "." : dir);
                TruffleFile pkgDir = base.resolve(leaf);
                TruffleFile init = pkgDir.resolve("__init__.py");
                if (pkgDir.isDirectory() && init.isRegularFile()) {
                    return execNewModule(ctx, absName, new String(init.readAllBytes(), StandardCharsets.UTF_8), init.getPath(), pkgDir.getPath());
                }
                TruffleFile file = base.resolve(leaf + ".py");
                if (file.isRegularFile()) {
                    return execNewModule(ctx, absName, new String(file.readAllBytes(), StandardCharsets.UTF_8), file.getPath(), null);
                }
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                // not readable: keep searching
            }
        }
        return null;
    }

    @TruffleBoundary
    public static String readResource(String path) {
        try (InputStream in = ImportOps.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static PyModule execNewModule(PythonContext ctx, String absName, String source, String filename, String packagePath) {
        PyDict d = new PyDict();
        d.setItemStr("__name__", absName);
        d.setItemStr("__doc__", PyNone.NONE);
        d.setItemStr("__file__", filename);
        d.setItemStr("__builtins__", ctx.getBuiltinsModule());
        if (packagePath != null) {
            d.setItemStr("__path__", new PyList(new Object[]{packagePath}));
            d.setItemStr("__package__", absName);
        } else {
            int dot = absName.lastIndexOf('.');
            d.setItemStr("__package__", dot < 0 ? "" : absName.substring(0, dot));
        }
        PyModule m = new PyModule(absName, d);
        ctx.getModules().setItemStr(absName, m);
        try {
            execModuleSource(ctx, m, source, filename);
        } catch (PException e) {
            ctx.getModules().removeItem(absName);
            throw e;
        }
        return m;
    }

    private static void execModuleSource(PythonContext ctx, PyModule m, String source, String filename) {
        Source src = Source.newBuilder(MiniPyLanguage.ID, source, filename).build();
        PyCode code = Compiler.compileModule(ctx.getLanguage(), src, "exec");
        Object[] args = PArguments.create(0);
        args[PArguments.GLOBALS] = m.getDict();
        code.getCallTarget().call(args);
    }

    /** {@code from module import name}. */
    @TruffleBoundary
    public static Object importFrom(Object module, String name) {
        Object v = PyObjectOps.getAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        if (module instanceof PyModule m) {
            Object path = m.getDict().getItemStr("__path__");
            if (path != null) {
                try {
                    return importModule(m.getName() + "." + name);
                } catch (PException e) {
                    if (!e.isInstance(BuiltinTypes.MODULE_NOT_FOUND_ERROR)) {
                        throw e;
                    }
                }
            }
            Object file = m.getDict().getItemStr("__file__");
            String where = file instanceof String f ? f : "unknown location";
            PException e = PException.raise(BuiltinTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + m.getName() + "' (" + where + ")");
            throw e;
        }
        throw PException.raise(BuiltinTypes.IMPORT_ERROR, "cannot import name '" + name + "'");
    }

    /** {@code from module import *} into a namespace. */
    @TruffleBoundary
    public static void importStar(Object module, Object locals, PyDict globals) {
        Object all = PyObjectOps.getAttrOrNull(module, "__all__");
        Object[] names;
        if (all != null) {
            names = PyObjectOps.toArray(all);
        } else if (module instanceof PyModule m) {
            java.util.ArrayList<Object> l = new java.util.ArrayList<>();
            for (Object k : m.getDict().keysArray()) {
                if (k instanceof String s && !s.startsWith("_")) {
                    l.add(s);
                }
            }
            names = l.toArray();
        } else {
            names = new Object[0];
        }
        for (Object n : names) {
            String s = (String) n;
            Object v = PyObjectOps.getAttr(module, s);
            if (locals instanceof PyDict ld) {
                ld.setItemStr(s, v);
            } else if (locals != null) {
                PyObjectOps.setItem(locals, s, v);
            } else {
                globals.setItemStr(s, v);
            }
        }
    }
}
