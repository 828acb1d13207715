package org.minipy.runtime;

/** A module: its attributes are its globals dict. */
public final class PyModule extends PyObject {
    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        super(BuiltinTypes.MODULE);
        this.dict = dict;
        if (dict.getItemStr("__name__") == null) {
            dict.setItemStr("__name__", name);
        }
    }

    public PyModule(PyType type, PyDict dict) {
        super(type);
        this.dict = dict;
    }

    /** Implemented in Java (CPython's built-in modules); its repr says so. */
    private boolean builtinModule;

    public boolean isBuiltinModule() {
        return builtinModule;
    }

    public PyModule markBuiltin() {
        this.builtinModule = true;
        return this;
    }

    public PyDict getDict() {
        return dict;
    }

    public String getName() {
        Object n = dict.getItemStr("__name__");
        return n instanceof String s ? s : "?";
    }
}
