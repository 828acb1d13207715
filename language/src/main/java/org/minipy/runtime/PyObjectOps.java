package org.minipy.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.language.PythonContext;

/**
 * The generic (uncached) object protocol, as CPython's abstract.c/object.c: attributes, calls of
 * special methods, truth, comparison, hashing, iteration, repr/str. Nodes specialize the common cases
 * and fall back to these.
 */
public final class PyObjectOps {
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    private static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] CMP_SWAPPED = {GT, GE, EQ, NE, LT, LE};
    private static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};

    private PyObjectOps() {
    }

    public static PyType type(Object o) {
        return BuiltinTypes.getType(o);
    }

    @TruffleBoundary
    public static String typeName(Object o) {
        return type(o).getName();
    }

    public static String cmpDunder(int op) {
        return CMP_DUNDER[op];
    }

    public static String cmpSymbol(int op) {
        return CMP_SYMBOL[op];
    }

    public static int cmpSwapped(int op) {
        return CMP_SWAPPED[op];
    }

    // =================================================================== attributes

    @TruffleBoundary
    public static PException noAttribute(Object obj, String name) {
        PException e;
        if (obj instanceof PyType t) {
            e = PException.attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
        } else if (obj instanceof PyModule m) {
            e = PException.attributeError("module '" + m.getName() + "' has no attribute '" + name + "'");
        } else {
            e = PException.attributeError("'" + typeName(obj) + "' object has no attribute '" + name + "'");
        }
        e.getPyException().setName(name);
        e.getPyException().setObj(obj);
        return e;
    }

    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PyProperty || descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor) {
            return true;
        }
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || descr instanceof PyClassMethod || descr instanceof String || descr instanceof Long) {
            return false;
        }
        return isDataDescriptorSlow(descr);
    }

    @TruffleBoundary
    private static boolean isDataDescriptorSlow(Object descr) {
        PyType t = type(descr);
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /** True if a type attribute binds on access ({@code __get__}). */
    @TruffleBoundary
    public static boolean hasGet(Object descr) {
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || descr instanceof PyClassMethod || descr instanceof PyProperty ||
                        descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor) {
            return true;
        }
        if (descr instanceof String || descr instanceof Long || descr instanceof PyNone || descr instanceof PyType) {
            return false;
        }
        return type(descr).lookup("__get__") != null;
    }

    /**
     * Binds a type attribute for access through {@code obj} ({@code null} for access through the class):
     * {@code descr.__get__(obj, type)}.
     */
    @TruffleBoundary
    public static Object descrGet(Object descr, Object obj, PyType type) {
        if (descr instanceof PyFunction f) {
            return obj == null ? f : new PyMethod(f, obj);
        } else if (descr instanceof PyBuiltinFunction b) {
            if (b.isBound()) {
                return b;
            }
            BuiltinInfo.Kind kind = b.getInfo().getKind();
            if (kind == BuiltinInfo.Kind.METHOD) {
                if (obj == null) {
                    return b;
                }
                PyType boundType = b.getPyType() == BuiltinTypes.WRAPPER_DESCRIPTOR ? BuiltinTypes.METHOD_WRAPPER : BuiltinTypes.BUILTIN_FUNCTION;
                return new PyBuiltinFunction(boundType, b.getInfo(), obj, true);
            } else if (kind == BuiltinInfo.Kind.CLASSMETHOD) {
                PyType cls = type != null ? type : type(obj);
                return new PyBuiltinFunction(BuiltinTypes.BUILTIN_FUNCTION, b.getInfo(), cls, true);
            }
            return b;
        } else if ((descr instanceof PyClassMethod || descr instanceof PyProperty) && !((PyObject) descr).getPyType().isBuiltin()) {
            return descrGetGeneric(descr, obj, type);
        } else if (descr instanceof PyClassMethod cm) {
            if (cm.isStatic()) {
                return cm.getCallable();
            }
            PyType cls = type != null ? type : type(obj);
            Object c = cm.getCallable();
            if (c instanceof PyFunction || c instanceof PyBuiltinFunction) {
                return new PyMethod(c, cls);
            }
            if (hasGet(c)) {
                return descrGet(c, cls, cls);
            }
            return new PyMethod(c, cls);
        } else if (descr instanceof PyProperty p) {
            if (obj == null) {
                return p;
            }
            if (p.fget == PyNone.NONE) {
                throw PException.attributeError(propertyMessage(p, obj, "getter"));
            }
            return CallOps.call(p.fget, obj);
        } else if (descr instanceof PyGetSetDescriptor gs) {
            if (obj == null) {
                return gs;
            }
            if (!type(obj).isSubtypeOf(gs.getOwner())) {
                throw PException.typeError("descriptor '" + gs.getName() + "' for '" + gs.getOwner().getName() + "' objects doesn't apply to a '" + typeName(obj) + "' object");
            }
            return CallOps.call(new PyBuiltinFunction(BuiltinTypes.BUILTIN_FUNCTION, gs.getGetter(), null, false), obj);
        } else if (descr instanceof PyMemberDescriptor md) {
            if (obj == null) {
                return md;
            }
            Object v = obj instanceof PyObject po ? InstanceAttrs.getSlot(po, md) : null;
            if (v == null) {
                throw noAttribute(obj, md.getName());
            }
            return v;
        }
        if (descr instanceof String || descr instanceof Long || descr instanceof PyNone || descr instanceof PyType) {
            return descr;
        }
        return descrGetGeneric(descr, obj, type);
    }

    private static Object descrGetGeneric(Object descr, Object obj, PyType type) {
        Object get = type(descr).lookup("__get__");
        if (get == null) {
            return descr;
        }
        return CallOps.callUnbound(get, descr, new Object[]{obj == null ? PyNone.NONE : obj, type == null ? type(obj) : type}, CallOps.NO_KW);
    }

    @TruffleBoundary
    static String propertyMessage(PyProperty p, Object obj, String what) {
        if (p.name != null && p.name instanceof String n) {
            return "property '" + n + "' of '" + typeName(obj) + "' object has no " + what;
        }
        return "property of '" + typeName(obj) + "' object has no " + what;
    }

    /** {@code getattr(obj, name)}: the full protocol including __getattribute__ and __getattr__. */
    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        PyType type = type(obj);
        Object getattribute = type.lookup("__getattribute__");
        Object result;
        if (getattribute instanceof PyBuiltinFunction b && isGenericGetattribute(b.getInfo().getOwner())) {
            Object getattr = type.lookup("__getattr__");
            if (getattr != null) {
                try {
                    result = genericGetAttrOrNull(obj, name);
                } catch (PException e) {
                    if (!e.isInstance(BuiltinTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    result = null;
                }
            } else {
                result = genericGetAttrOrNull(obj, name);
            }
            if (result != null) {
                return result;
            }
            if (getattr != null) {
                return CallOps.callUnbound(getattr, obj, new Object[]{name}, CallOps.NO_KW);
            }
            if (obj instanceof PyModule m) {
                Object modGetattr = m.getDict().getItemStr("__getattr__");
                if (modGetattr != null) {
                    return CallOps.call(modGetattr, name);
                }
            }
            throw noAttribute(obj, name);
        }
        try {
            return CallOps.callUnbound(getattribute, obj, new Object[]{name}, CallOps.NO_KW);
        } catch (PException e) {
            if (e.isInstance(BuiltinTypes.ATTRIBUTE_ERROR)) {
                Object getattr = type.lookup("__getattr__");
                if (getattr != null) {
                    return CallOps.callUnbound(getattr, obj, new Object[]{name}, CallOps.NO_KW);
                }
            }
            throw e;
        }
    }

    /** object, type and module implement __getattribute__ with {@link #genericGetAttrOrNull}. */
    private static boolean isGenericGetattribute(PyType owner) {
        return owner == BuiltinTypes.OBJECT || owner == BuiltinTypes.TYPE || owner == BuiltinTypes.MODULE;
    }

    /** getattr that returns null instead of raising AttributeError. */
    @TruffleBoundary
    public static Object getAttrOrNull(Object obj, String name) {
        try {
            return getAttr(obj, name);
        } catch (PException e) {
            if (e.isInstance(BuiltinTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** object.__getattribute__ (and type/module variants); null when not found. */
    @TruffleBoundary
    public static Object genericGetAttrOrNull(Object obj, String name) {
        if (obj instanceof PyType t) {
            return typeGetAttrOrNull(t, name);
        }
        PyType type = type(obj);
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr) && hasGet(descr)) {
            return descrGet(descr, obj, type);
        }
        if (obj instanceof PyModule m) {
            Object v = m.getDict().getItemStr(name);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PyObject po && (type.hasInstanceDict() || obj instanceof PyFunction)) {
            Object v = InstanceAttrs.get(po, name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return descrGet(descr, obj, type);
        }
        return null;
    }

    /** type.__getattribute__: metatype data descriptors, then the class MRO, then metatype attributes. */
    @TruffleBoundary
    public static Object typeGetAttrOrNull(PyType t, String name) {
        PyType meta = type(t);
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return descrGet(metaAttr, t, meta);
        }
        Object attr = t.lookup(name);
        if (attr != null) {
            if (attr instanceof PyFunction) {
                return attr;
            }
            if (hasGet(attr)) {
                return descrGet(attr, null, t);
            }
            return attr;
        }
        if (metaAttr != null) {
            return descrGet(metaAttr, t, meta);
        }
        return null;
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        PyType type = type(obj);
        Object setattr = type.lookup("__setattr__");
        if (setattr instanceof PyBuiltinFunction b && b.getInfo().getOwner() != null && b.getInfo().getOwner().isBuiltin()) {
            genericSetAttr(obj, name, value);
            return;
        }
        CallOps.callUnbound(setattr, obj, new Object[]{name, value}, CallOps.NO_KW);
    }

    @TruffleBoundary
    public static void genericSetAttr(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            typeSetAttr(t, name, value);
            return;
        }
        PyType type = type(obj);
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            descrSet(descr, obj, value, name);
            return;
        }
        if (obj instanceof PyModule m) {
            m.getDict().setItemStr(name, value);
            return;
        }
        if (obj instanceof PyObject po && type.hasInstanceDict()) {
            InstanceAttrs.put(po, name, value);
            return;
        }
        if (descr != null) {
            throw PException.attributeError("'" + type.getName() + "' object attribute '" + name + "' is read-only");
        }
        throw noAttribute(obj, name);
    }

    @TruffleBoundary
    public static void typeSetAttr(PyType t, String name, Object value) {
        if (t.isBuiltin()) {
            throw PException.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
        }
        PyType meta = type(t);
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            descrSet(metaAttr, t, value, name);
            return;
        }
        t.setAttribute(name, value);
    }

    @TruffleBoundary
    public static void descrSet(Object descr, Object obj, Object value, String name) {
        if (descr instanceof PyProperty p) {
            if (p.fset == PyNone.NONE) {
                throw PException.attributeError(propertyMessage(p, obj, "setter"));
            }
            CallOps.call(p.fset, obj, value);
            return;
        } else if (descr instanceof PyGetSetDescriptor gs) {
            if (gs.getSetter() == null) {
                if (gs.isMember()) {
                    throw PException.attributeError("readonly attribute");
                }
                throw PException.attributeError("attribute '" + name + "' of '" + gs.getOwner().getName() + "' objects is not writable");
            }
            CallOps.call(new PyBuiltinFunction(BuiltinTypes.BUILTIN_FUNCTION, gs.getSetter(), null, false), obj, value);
            return;
        } else if (descr instanceof PyMemberDescriptor md) {
            InstanceAttrs.putSlot((PyObject) obj, md, value);
            return;
        }
        Object set = type(descr).lookup("__set__");
        if (set == null) {
            throw PException.attributeError("__set__");
        }
        CallOps.callUnbound(set, descr, new Object[]{obj, value}, CallOps.NO_KW);
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        PyType type = type(obj);
        Object delattr = type.lookup("__delattr__");
        if (delattr instanceof PyBuiltinFunction b && b.getInfo().getOwner() != null && b.getInfo().getOwner().isBuiltin()) {
            genericDelAttr(obj, name);
            return;
        }
        CallOps.callUnbound(delattr, obj, new Object[]{name}, CallOps.NO_KW);
    }

    @TruffleBoundary
    public static void genericDelAttr(Object obj, String name) {
        if (obj instanceof PyType t) {
            if (t.isBuiltin()) {
                throw PException.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
            }
            if (!t.deleteAttribute(name)) {
                throw PException.attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
            }
            return;
        }
        PyType type = type(obj);
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            if (descr instanceof PyProperty p) {
                if (p.fdel == PyNone.NONE) {
                    throw PException.attributeError(propertyMessage(p, obj, "deleter"));
                }
                CallOps.call(p.fdel, obj);
                return;
            }
            if (descr instanceof PyMemberDescriptor md) {
                if (!InstanceAttrs.removeSlot((PyObject) obj, md)) {
                    throw noAttribute(obj, name);
                }
                return;
            }
            if (descr instanceof PyGetSetDescriptor gs) {
                if (gs.getSetter() != null) {
                    CallOps.callBuiltinBound(gs.getSetter(), obj, NoValue.INSTANCE);
                    return;
                }
                if (gs.isMember()) {
                    throw PException.attributeError("readonly attribute");
                }
                throw PException.attributeError("attribute '" + name + "' of '" + gs.getOwner().getName() + "' objects is not writable");
            }
            Object del = type(descr).lookup("__delete__");
            if (del == null) {
                throw PException.attributeError("__delete__");
            }
            CallOps.callUnbound(del, descr, new Object[]{obj}, CallOps.NO_KW);
            return;
        }
        if (obj instanceof PyModule m) {
            if (m.getDict().removeItem(name) == null) {
                throw noAttribute(obj, name);
            }
            return;
        }
        if (obj instanceof PyObject po && type.hasInstanceDict()) {
            if (InstanceAttrs.remove(po, name)) {
                return;
            }
        }
        throw noAttribute(obj, name);
    }

    // =================================================================== truth, len

    @TruffleBoundary
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o == PyNone.NONE) {
            return false;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o instanceof Double d) {
            return d != 0.0;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o instanceof BigInteger) {
            return true;
        }
        PyType type = type(o);
        if (type.isBuiltin()) {
            if (o instanceof PyList l) {
                return l.size() != 0;
            } else if (o instanceof PyTuple t) {
                return t.size() != 0;
            } else if (o instanceof PyDict d) {
                return d.size() != 0;
            } else if (o instanceof PySet s) {
                return s.size() != 0;
            }
        }
        Object bool = type.lookup("__bool__");
        if (bool != null) {
            Object r = CallOps.callUnbound(bool, o, new Object[0], CallOps.NO_KW);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PException.typeError("__bool__ should return bool, returned " + typeName(r));
        }
        Object len = type.lookup("__len__");
        if (len != null) {
            Object r = CallOps.callUnbound(len, o, new Object[0], CallOps.NO_KW);
            return checkLen(r) != 0;
        }
        return true;
    }

    @TruffleBoundary
    static long checkLen(Object r) {
        if (!PyLong.isInt(r)) {
            Object idx = indexOrNull(r);
            if (idx == null) {
                throw PException.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
            }
            r = idx;
        }
        BigInteger b = PyLong.toBig(r);
        if (b.signum() < 0) {
            throw PException.valueError("__len__() should return >= 0");
        }
        if (b.bitLength() >= 64) {
            throw PException.overflow("cannot fit 'int' into an index-sized integer");
        }
        return b.longValue();
    }

    @TruffleBoundary
    public static long len(Object o) {
        if (o instanceof String s) {
            return PyStrOps.length(s);
        } else if (o instanceof PyList l) {
            if (l.getPyType() == BuiltinTypes.LIST) {
                return l.size();
            }
        } else if (o instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
            return t.size();
        } else if (o instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            return d.size();
        } else if (o instanceof PyRange r && r.isLong()) {
            return r.getLongLength();
        }
        Object len = type(o).lookup("__len__");
        if (len == null) {
            throw PException.typeError("object of type '" + typeName(o) + "' has no len()");
        }
        Object r = CallOps.callUnbound(len, o, new Object[0], CallOps.NO_KW);
        if (!PyLong.isInt(r) && indexOrNull(r) == null) {
            throw PException.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
        }
        return checkLen(r);
    }

    // =================================================================== __index__

    /** operator.index(o): the int value of an int-like object, or null when it has no __index__. */
    @TruffleBoundary
    public static Object indexOrNull(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        PyType type = type(o);
        Object index = type.lookup("__index__");
        if (index == null) {
            return null;
        }
        Object r = CallOps.callUnbound(index, o, new Object[0], CallOps.NO_KW);
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (!(r instanceof Long || r instanceof BigInteger)) {
            throw PException.typeError("__index__ returned non-int (type " + typeName(r) + ")");
        }
        return r;
    }

    @TruffleBoundary
    public static Object index(Object o) {
        Object r = indexOrNull(o);
        if (r == null) {
            throw PException.typeError("'" + typeName(o) + "' object cannot be interpreted as an integer");
        }
        return r;
    }

    /** An index-sized integer (for sequence indices), raising IndexError-style OverflowError when too large. */
    @TruffleBoundary
    public static long asIndex(Object o, String what) {
        Object r = indexOrNull(o);
        if (r == null) {
            throw PException.typeError(what);
        }
        if (r instanceof Long l) {
            return l;
        }
        throw PException.raise(BuiltinTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
    }

    // =================================================================== hashing and comparison

    @TruffleBoundary
    public static long hashSlow(Object o) {
        PyType type = type(o);
        if (o instanceof PyTuple t) {
            if (type.lookup("__hash__") instanceof PyBuiltinFunction) {
                return PyHash.hashTuple(t.getItems());
            }
        }
        Object hash = type.lookup("__hash__");
        if (hash == null || hash == PyNone.NONE) {
            throw PException.typeError("unhashable type: '" + type.getName() + "'");
        }
        if (hash instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) {
            return PyHash.identityHash(o);
        }
        Object r = CallOps.callUnbound(hash, o, new Object[0], CallOps.NO_KW);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger bi) {
            return PyHash.hashBig(bi);
        }
        throw PException.typeError("__hash__ method should return an integer");
    }

    /** PyObject_RichCompare. */
    @TruffleBoundary
    public static Object richCompare(Object v, Object w, int op) {
        Object fast = NumberOps.compareFast(v, w, op);
        if (fast != null) {
            return fast;
        }
        if (v instanceof PyTuple ta && w instanceof PyTuple tb && ta.getPyType() == BuiltinTypes.TUPLE && tb.getPyType() == BuiltinTypes.TUPLE) {
            return SequenceOps.compareArrays(ta.getItems(), tb.getItems(), op);
        }
        if (v instanceof PyList la && w instanceof PyList lb && la.getPyType() == BuiltinTypes.LIST && lb.getPyType() == BuiltinTypes.LIST) {
            return SequenceOps.compareLists(la, lb, op);
        }
        PyType tv = type(v);
        PyType tw = type(w);
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtypeOf(tv)) {
            Object f = tw.lookup(CMP_DUNDER[CMP_SWAPPED[op]]);
            if (f != null) {
                checkedReverse = true;
                Object r = CallOps.callUnbound(f, w, new Object[]{v}, CallOps.NO_KW);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        Object f = tv.lookup(CMP_DUNDER[op]);
        if (f != null) {
            Object r = CallOps.callUnbound(f, v, new Object[]{w}, CallOps.NO_KW);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            Object g = tw.lookup(CMP_DUNDER[CMP_SWAPPED[op]]);
            if (g != null) {
                Object r = CallOps.callUnbound(g, w, new Object[]{v}, CallOps.NO_KW);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return v == w;
        } else if (op == NE) {
            return v != w;
        }
        throw PException.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + tv.getName() + "' and '" + tw.getName() + "'");
    }

    /** PyObject_RichCompareBool: identity implies equality. */
    @TruffleBoundary
    public static boolean richCompareBool(Object v, Object w, int op) {
        if (v == w) {
            if (op == EQ) {
                return true;
            } else if (op == NE) {
                return false;
            }
        }
        return isTrue(richCompare(v, w, op));
    }

    @TruffleBoundary
    public static boolean eq(Object v, Object w) {
        return richCompareBool(v, w, EQ);
    }

    // =================================================================== iteration

    @TruffleBoundary
    public static Object getIter(Object o) {
        PyType type = type(o);
        if (type.isBuiltin()) {
            Object fast = IterOps.builtinIter(o);
            if (fast != null) {
                return fast;
            }
        }
        Object iter = type.lookup("__iter__");
        if (iter != null && iter != PyNone.NONE) {
            Object it = CallOps.callUnbound(iter, o, new Object[0], CallOps.NO_KW);
            if (type(it).lookup("__next__") == null) {
                throw PException.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return it;
        }
        if (iter == null && type.lookup("__getitem__") != null) {
            return new PyIterator.SeqIterator(o);
        }
        throw PException.typeError("'" + type.getName() + "' object is not iterable");
    }

    /** Next item of an iterator, or null when exhausted. */
    @TruffleBoundary
    public static Object next(Object it) {
        if (it instanceof PyIterator pi && pi.getPyType().isBuiltin()) {
            return pi.next();
        }
        if (it instanceof PyGenerator g && !g.isCoroutine()) {
            // the generator's own __next__, without raising StopIteration at its end
            return GeneratorOps.resume(g, PyNone.NONE, null);
        }
        Object next = type(it).lookup("__next__");
        if (next == null) {
            throw PException.typeError("'" + typeName(it) + "' object is not an iterator");
        }
        try {
            return CallOps.callUnbound(next, it, new Object[0], CallOps.NO_KW);
        } catch (PException e) {
            if (e.isInstance(BuiltinTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** All items of an iterable. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
            return l.toArray();
        } else if (iterable instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
            return t.getItems();
        }
        Object it = getIter(iterable);
        ArrayList<Object> out = new ArrayList<>();
        Object v;
        while ((v = next(it)) != null) {
            out.add(v);
        }
        return out.toArray();
    }

    /** Like {@link #toArray} but with CPython's message for star-arguments. */
    @TruffleBoundary
    public static Object[] starArgs(Object callable, Object iterable) {
        PyType type = type(iterable);
        if (!(iterable instanceof PyList || iterable instanceof PyTuple) && type.lookup("__iter__") == null && type.lookup("__getitem__") == null) {
            throw PException.typeError(functionDescription(callable) + " argument after * must be an iterable, not " + type.getName());
        }
        return toArray(iterable);
    }

    @TruffleBoundary
    public static String functionDescription(Object callable) {
        if (callable instanceof PyFunction f) {
            Object mod = f.getModule();
            return (mod instanceof String m ? m + "." : "") + f.getQualname() + "()";
        } else if (callable instanceof PyMethod m) {
            return functionDescription(m.getFunction());
        } else if (callable instanceof PyBuiltinFunction b) {
            return BuiltinBinder.displayName(b.getInfo()) + "()";
        } else if (callable instanceof PyType t) {
            return t.getQualifiedName() + "()";
        }
        return typeName(callable) + " object";
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d && d.getPyType() == BuiltinTypes.DICT) {
            return d.getItem(item) != null;
        } else if (container instanceof PySet s && s.getPyType().isBuiltin()) {
            return s.contains(item);
        } else if (container instanceof String s) {
            if (PyStrObject.unwrap(item) instanceof String sub) {
                return s.contains(sub);
            }
            throw PException.typeError("'in <string>' requires string as left operand, not " + typeName(item));
        } else if (container instanceof PyList l && l.getPyType() == BuiltinTypes.LIST) {
            return SequenceOps.listContains(l, item);
        } else if (container instanceof PyTuple t && t.getPyType() == BuiltinTypes.TUPLE) {
            return SequenceOps.arrayContains(t.getItems(), item);
        } else if (container instanceof PyRange r) {
            return RangeOps.contains(r, item);
        }
        PyType type = type(container);
        Object contains = type.lookup("__contains__");
        if (contains != null) {
            return isTrue(CallOps.callUnbound(contains, container, new Object[]{item}, CallOps.NO_KW));
        }
        if (type.lookup("__iter__") == null && type.lookup("__getitem__") == null) {
            throw PException.typeError("argument of type '" + type.getName() + "' is not iterable");
        }
        Object it = getIter(container);
        Object v;
        while ((v = next(it)) != null) {
            if (richCompareBool(v, item, EQ)) {
                return true;
            }
        }
        return false;
    }

    // =================================================================== subscription

    @TruffleBoundary
    public static Object getItem(Object o, Object key) {
        PyType type = type(o);
        Object getitem = type.lookup("__getitem__");
        if (getitem == null) {
            if (o instanceof PyType t) {
                Object cg = typeGetAttrOrNull(t, "__class_getitem__");
                if (cg != null) {
                    return CallOps.call(cg, key);
                }
                if (t == BuiltinTypes.TYPE) {
                    return new PyGenericAlias(t, key);
                }
                throw PException.typeError("type '" + t.getName() + "' is not subscriptable");
            }
            throw PException.typeError("'" + type.getName() + "' object is not subscriptable");
        }
        return CallOps.callUnbound(getitem, o, new Object[]{key}, CallOps.NO_KW);
    }

    @TruffleBoundary
    public static void setItem(Object o, Object key, Object value) {
        PyType type = type(o);
        Object setitem = type.lookup("__setitem__");
        if (setitem == null) {
            throw PException.typeError("'" + type.getName() + "' object does not support item assignment");
        }
        CallOps.callUnbound(setitem, o, new Object[]{key, value}, CallOps.NO_KW);
    }

    @TruffleBoundary
    public static void delItem(Object o, Object key) {
        PyType type = type(o);
        Object delitem = type.lookup("__delitem__");
        if (delitem == null) {
            throw PException.typeError("'" + type.getName() + "' object doesn't support item deletion");
        }
        CallOps.callUnbound(delitem, o, new Object[]{key}, CallOps.NO_KW);
    }

    // =================================================================== repr and str

    @TruffleBoundary
    public static String repr(Object o) {
        if (o instanceof String s) {
            return PyStrOps.repr(s);
        } else if (o instanceof Long) {
            return o.toString();
        } else if (o instanceof BigInteger) {
            return IntOps.toDecimalString(o);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return PyFloatFormat.repr(d);
        } else if (o == PyNone.NONE) {
            return "None";
        }
        PyType type = type(o);
        Object repr = type.lookup("__repr__");
        Object r = CallOps.callUnbound(repr, o, new Object[0], CallOps.NO_KW);
        if (r instanceof String s) {
            return s;
        }
        throw PException.typeError("__repr__ returned non-string (type " + typeName(r) + ")");
    }

    @TruffleBoundary
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof Long) {
            return o.toString();
        } else if (o instanceof BigInteger) {
            return IntOps.toDecimalString(o);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Double d) {
            return PyFloatFormat.repr(d);
        } else if (o == PyNone.NONE) {
            return "None";
        }
        PyType type = type(o);
        Object str = type.lookup("__str__");
        Object r = CallOps.callUnbound(str, o, new Object[0], CallOps.NO_KW);
        if (r instanceof String s) {
            return s;
        }
        throw PException.typeError("__str__ returned non-string (type " + typeName(r) + ")");
    }

    /** Guards against infinite recursion in reprs of self-containing containers. Returns false if o is already being printed. */
    @TruffleBoundary
    public static boolean reprEnter(Object o) {
        IdentityHashMap<Object, Object> m = PythonContext.get(null).getReprInProgress();
        if (m.containsKey(o)) {
            return false;
        }
        m.put(o, o);
        return true;
    }

    @TruffleBoundary
    public static void reprLeave(Object o) {
        PythonContext.get(null).getReprInProgress().remove(o);
    }

    @TruffleBoundary
    public static String defaultRepr(Object o) {
        PyType t = type(o);
        return "<" + t.getQualifiedName() + " object at " + addressOf(o) + ">";
    }

    @TruffleBoundary
    public static String addressOf(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    // =================================================================== isinstance

    @TruffleBoundary
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            PyType ot = type(obj);
            if (ot.isSubtypeOf(t)) {
                return true;
            }
            if (t.isBuiltin() || BuiltinTypes.getType(t) == BuiltinTypes.TYPE) {
                return false;
            }
        }
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.getItems()) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = type(cls).lookup("__instancecheck__");
        if (check != null && !(cls instanceof PyType && check instanceof PyBuiltinFunction)) {
            return isTrue(CallOps.callUnbound(check, cls, new Object[]{obj}, CallOps.NO_KW));
        }
        if (cls instanceof PyType t) {
            return type(obj).isSubtypeOf(t);
        }
        if (cls instanceof PyGenericAlias) {
            throw PException.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        if (cls instanceof PyUnionType u) {
            return isInstance(obj, u.getArgs());
        }
        throw PException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    @TruffleBoundary
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.getItems()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyUnionType u) {
            return isSubclass(derived, u.getArgs());
        }
        if (cls instanceof PyType t && !(t.isBuiltin())) {
            Object check = type(cls).lookup("__subclasscheck__");
            if (check != null && !(check instanceof PyBuiltinFunction)) {
                return isTrue(CallOps.callUnbound(check, cls, new Object[]{derived}, CallOps.NO_KW));
            }
        }
        if (!(derived instanceof PyType d)) {
            throw PException.typeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType c)) {
            throw PException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return d.isSubtypeOf(c);
    }
    /**
     * Dunders of builtin types that CPython defines as methods (method_descriptor) rather than as
     * slot wrappers: their receiver errors are worded like those of ordinary methods.
     */
    private static final java.util.Set<String> METHOD_DUNDERS = java.util.Set.of(
            "list.__getitem__", "list.__reversed__", "list.__sizeof__", "dict.__getitem__",
            "dict.__contains__", "dict.__sizeof__", "dict.__reversed__", "set.__contains__",
            "set.__reduce__", "set.__sizeof__", "frozenset.__contains__", "frozenset.__reduce__",
            "frozenset.__sizeof__", "tuple.__getnewargs__", "str.__format__", "str.__sizeof__",
            "str.__getnewargs__", "bytes.__getnewargs__", "bytes.__bytes__", "bytearray.__alloc__",
            "bytearray.__reduce__", "bytearray.__reduce_ex__", "bytearray.__sizeof__", "int.__trunc__",
            "int.__floor__", "int.__ceil__", "int.__round__", "int.__getnewargs__", "int.__format__",
            "int.__sizeof__", "float.__trunc__", "float.__floor__", "float.__ceil__", "float.__round__",
            "float.__getnewargs__", "float.__format__", "complex.__complex__", "complex.__getnewargs__",
            "complex.__format__", "range.__reversed__", "range.__reduce__", "object.__reduce_ex__",
            "object.__reduce__", "object.__getstate__", "object.__format__", "object.__sizeof__",
            "object.__dir__", "type.__subclasses__", "type.__instancecheck__", "type.__subclasscheck__",
            "type.__dir__", "type.__sizeof__", "slice.__reduce__", "memoryview.__enter__",
            "memoryview.__exit__", "dict_keys.__reversed__", "dict_values.__reversed__",
            "dict_items.__reversed__");

    /**
     * CPython's TypeError for a builtin type's method called on the wrong receiver, such as
     * {@code list.append(5, 1)} or {@code list.__len__(5)}: slot wrappers and method descriptors
     * word it differently.
     */
    @TruffleBoundary
    public static PException descriptorError(String name, String owner, Object self) {
        if (name.startsWith("__") && name.endsWith("__") && !METHOD_DUNDERS.contains(owner + "." + name)) {
            return PException.typeError("descriptor '" + name + "' requires a '" + owner + "' object but received a '" + typeName(self) + "'");
        }
        return PException.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '" + typeName(self) + "' object");
    }
}
