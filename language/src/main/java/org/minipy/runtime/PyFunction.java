package org.minipy.runtime;

/**
 * A Python function: a code object plus the globals it runs in, its defaults and its closure
 * (CPython's {@code PyFunctionObject}). Arbitrary attributes live in the object's shape.
 */
public final class PyFunction extends PyObject {
    private PyCode code;
    private final PyDict globals;
    private String name;
    private String qualname;
    /** Positional defaults (possibly empty, never null). */
    private Object[] defaults;
    /** One entry per keyword-only parameter, null where it has no default; null if none at all. */
    private Object[] kwdefaults;
    /** One cell per free variable of the code. */
    private final PyCell[] closure;
    private Object module;
    private Object doc;
    private Object annotations;

    public PyFunction(PyCode code, PyDict globals, Object[] defaults, Object[] kwdefaults, PyCell[] closure) {
        super(BuiltinTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        this.defaults = defaults == null ? new Object[0] : defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        Object m = globals.getItemStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
        this.doc = code.doc;
    }

    public PyCode getCode() {
        return code;
    }

    public void setCode(PyCode code) {
        this.code = code;
    }

    public PyDict getGlobals() {
        return globals;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public Object[] getKwdefaults() {
        return kwdefaults;
    }

    public void setKwdefaults(Object[] kwdefaults) {
        this.kwdefaults = kwdefaults;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public Object getModule() {
        return module;
    }

    public void setModule(Object module) {
        this.module = module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    public Object getAnnotations() {
        return annotations;
    }

    public void setAnnotations(Object annotations) {
        this.annotations = annotations;
    }
}
