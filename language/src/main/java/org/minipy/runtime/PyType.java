package org.minipy.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerAsserts;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * A Python class ({@code type} instance), builtin or user-defined.
 *
 * <p>Attribute lookup through the MRO is cached by nodes against {@link #getStableAssumption()}, which is
 * invalidated whenever an attribute of this class or of one of its bases changes. Builtin types are
 * immutable and shared by every context; their attribute dicts are filled lazily from the annotated
 * builtin classes on first use.
 */
public final class PyType extends PyObject {
    /** Fills the dict of a builtin type on first use; installed by the builtins registry. */
    public interface Populator {
        void populate(PyType type);
    }

    private static volatile Populator populator;

    public static void setPopulator(Populator p) {
        populator = p;
    }

    private String name;
    private String qualname;
    @CompilationFinal(dimensions = 1) private PyType[] bases;
    @CompilationFinal(dimensions = 1) private PyType[] mro;
    private PyType base;
    private final PyDict dict;
    private final boolean builtin;
    /** The nearest builtin type in the MRO that decides the Java layout of instances. */
    private PyType solidBase;
    private volatile boolean populated;
    private boolean populating;
    private volatile Assumption stable;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Instances carry a __dict__ (false for builtin types and classes whose __slots__ omit it). */
    private boolean hasInstanceDict;
    private String[] slots;
    /** Builtin types that may not be subclassed ("type 'bool' is not an acceptable base type"). */
    private boolean finalType;
    private String builtinModule = "builtins";

    /** Creates a builtin type. */
    public PyType(String name, PyType base, boolean finalType) {
        super(null);
        this.name = name;
        this.qualname = name;
        this.builtin = true;
        this.finalType = finalType;
        this.dict = new PyDict((PyType) null);
        this.base = base;
        this.bases = base == null ? new PyType[0] : new PyType[]{base};
        if (base == null) {
            this.mro = new PyType[]{this};
        } else {
            PyType[] m = new PyType[base.mro.length + 1];
            m[0] = this;
            System.arraycopy(base.mro, 0, m, 1, base.mro.length);
            this.mro = m;
        }
        this.solidBase = this;
        this.stable = Truffle.getRuntime().createAssumption(name);
        if (base != null) {
            base.addSubclass(this);
        }
    }

    /** Creates a user class; MRO and layout are computed by {@link #initUserType}. */
    public PyType(PyType metatype, String name, PyType[] bases, PyDict dict) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.builtin = false;
        this.populated = true;
        this.dict = dict;
        this.bases = bases;
        this.base = bases.length > 0 ? bases[0] : null;
        this.stable = Truffle.getRuntime().createAssumption(name);
        this.hasInstanceDict = true;
    }

    /** Sets MRO and layout of a user class; returns an error message or null. */
    @TruffleBoundary
    public String initUserType() {
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) {
                    return "duplicate base class " + bases[i].getName();
                }
            }
        }
        PyType best = null;
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = b.layoutBase();
            if (winner == null) {
                winner = candidate;
                best = b;
            } else if (winner.isSubtypeOf(candidate)) {
                continue;
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                best = b;
            } else {
                return "multiple bases have instance lay-out conflict";
            }
        }
        PyType[] computed = Mro.compute(this);
        if (computed == null) {
            return Mro.lastError;
        }
        this.mro = computed;
        PyType solid = null;
        for (PyType t : computed) {
            if (t.builtin && t != BuiltinTypes.OBJECT) {
                solid = t.solidBase;
                break;
            }
        }
        this.solidBase = solid == null ? BuiltinTypes.OBJECT : solid;
        this.base = best != null ? best : BuiltinTypes.OBJECT;
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        return null;
    }

    private static final String[] EXCEPTION_LAYOUTS = {"SystemExit", "StopIteration", "OSError", "ImportError", "SyntaxError", "AttributeError", "NameError",
                    "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError", "BaseExceptionGroup", "BaseException"};

    /** The type whose instance layout this type's instances have (CPython's solid_base). */
    private PyType layoutBase() {
        if (!builtin) {
            if (slots != null && slots.length > 0) {
                return this;
            }
            return base == null ? BuiltinTypes.OBJECT : base.layoutBase();
        }
        if (this == BuiltinTypes.BOOL) {
            return BuiltinTypes.INT;
        }
        if (isSubtypeOf(BuiltinTypes.BASE_EXCEPTION)) {
            for (PyType t = this; t != null; t = t.base) {
                for (String n : EXCEPTION_LAYOUTS) {
                    if (t.name.equals(n)) {
                        return t;
                    }
                }
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return "<class '" + getQualifiedName() + "'>";
    }

    @TruffleBoundary
    public String getQualifiedName() {
        String mod = getModuleName();
        if (mod == null || mod.equals("builtins")) {
            return qualname;
        }
        return mod + "." + qualname;
    }

    @TruffleBoundary
    public String getModuleName() {
        if (builtin) {
            return builtinModule;
        }
        Object m = dict.getItemStr("__module__");
        return m instanceof String s ? s : null;
    }

    public void setBuiltinModule(String module) {
        this.builtinModule = module;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        invalidate();
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] getBases() {
        return bases;
    }

    public void setBases(PyType[] bases) {
        this.bases = bases;
    }

    public PyType getBase() {
        return base;
    }

    public PyType[] getMro() {
        return mro;
    }

    public PyType getSolidBase() {
        return solidBase;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isFinalType() {
        return finalType;
    }

    public boolean hasInstanceDict() {
        return hasInstanceDict;
    }

    public void setHasInstanceDict(boolean v) {
        this.hasInstanceDict = v;
    }

    public String[] getSlots() {
        return slots;
    }

    public void setSlots(String[] slots) {
        this.slots = slots;
    }

    /** The type's own attribute dict (filled lazily for builtin types). */
    public PyDict getDict() {
        if (!populated) {
            populate();
        }
        return dict;
    }

    @TruffleBoundary
    private void populate() {
        synchronized (this) {
            // populated is set only once the dict is complete, so that other threads wait for it; the
            // populating thread itself sees the partial dict when population recurses into this type
            if (!populated && !populating) {
                Populator p = populator;
                if (p == null) {
                    return;
                }
                populating = true;
                try {
                    p.populate(this);
                } finally {
                    populating = false;
                }
                populated = true;
            }
        }
    }

    /** The dict without lazy population (for bootstrapping). */
    PyDict getDictRaw() {
        return dict;
    }

    /** Puts an attribute while building a builtin type; no invalidation. */
    public void putBuiltin(String key, Object value) {
        dict.setItemStr(key, value);
    }

    public Assumption getStableAssumption() {
        return stable;
    }

    /** Looks an attribute up along the MRO; null when absent. Not for compiled code: cache the result. */
    @TruffleBoundary
    public Object lookup(String key) {
        for (PyType t : mro) {
            Object v = t.getDict().getItemStr(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The class in the MRO that defines {@code key}, or null. */
    @TruffleBoundary
    public PyType lookupOwner(String key) {
        for (PyType t : mro) {
            if (t.getDict().getItemStr(key) != null) {
                return t;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        getDict().setItemStr(key, value);
        invalidate();
    }

    @TruffleBoundary
    public boolean deleteAttribute(String key) {
        boolean removed = getDict().delItemStr(key);
        invalidate();
        return removed;
    }

    /** Invalidates cached lookups on this class and all its subclasses. */
    @TruffleBoundary
    public void invalidate() {
        CompilerAsserts.neverPartOfCompilation();
        Assumption old = stable;
        stable = Truffle.getRuntime().createAssumption(name);
        old.invalidate();
        synchronized (subclasses) {
            for (WeakReference<PyType> ref : subclasses) {
                PyType sub = ref.get();
                if (sub != null) {
                    sub.invalidate();
                }
            }
        }
    }

    private void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(sub));
        }
    }

    @TruffleBoundary
    public List<PyType> getSubclasses() {
        List<PyType> result = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> ref : subclasses) {
                PyType sub = ref.get();
                if (sub != null) {
                    result.add(sub);
                }
            }
        }
        return result;
    }

    public void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == sub || r.get() == null);
        }
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        return isSubtypeOfSlow(other);
    }

    @TruffleBoundary
    private boolean isSubtypeOfSlow(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public static void transferToInterpreter() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
    }
}
