package org.minipy.nodes.object;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.minipy.nodes.call.CallDispatchNode;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyMethod;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyProperty;
import org.minipy.runtime.PyType;

/**
 * {@code obj.name} with per-site caches: instance attributes through the object model (shape-cached),
 * methods and properties found on the class cached against the class's stable assumption, module
 * attributes and class attributes cached under their dicts' assumptions.
 */
@GenerateInline(false)
public abstract class GetAttrNode extends Node {
    protected final String name;

    protected GetAttrNode(String name) {
        this.name = name;
    }

    public static GetAttrNode create(String name) {
        return GetAttrNodeGen.create(name);
    }

    public abstract Object execute(VirtualFrame frame, Object obj);

    /** Instance of a user class with the default __getattribute__ and no data descriptor named so. */
    @Specialization(guards = {"self.getPyType() == cachedType", "plainLookup"}, assumptions = "typeStable", limit = "4")
    protected Object readInstance(PyObject self,
                    @Cached("self.getPyType()") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption typeStable,
                    @Cached("isPlainInstanceLookup(cachedType)") boolean plainLookup,
                    @Cached("lookupOnType(cachedType)") Object typeAttr,
                    @CachedLibrary(limit = "4") DynamicObjectLibrary lib) {
        Object v = lib.getOrDefault(self, name, null);
        if (v != null) {
            return v;
        }
        if (typeAttr instanceof PyFunction) {
            if (!lib.containsKey(self, PyObject.DICT_KEY)) {
                return new PyMethod(typeAttr, self);
            }
        }
        return slowPath(self);
    }

    /** A property whose getter is a Python function. */
    @Specialization(guards = {"self.getPyType() == cachedType", "fget != null"}, assumptions = "typeStable", limit = "4")
    protected Object readProperty(VirtualFrame frame, PyObject self,
                    @Cached("self.getPyType()") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption typeStable,
                    @Cached("propertyGetter(cachedType)") Object fget,
                    @Cached("create(0, NO_KW)") CallDispatchNode call) {
        return call.execute(frame, fget, self, EMPTY);
    }

    @Specialization(guards = {"self == cachedModule", "index >= 0"}, assumptions = "keysStable", limit = "4")
    protected Object readModule(PyModule self,
                    @Cached("self") PyModule cachedModule,
                    @Cached("cachedModule.getDict()") PyDict dict,
                    @Cached("dict.getKeysAssumption()") Assumption keysStable,
                    @Cached("dict.findEntryStr(name)") int index) {
        return dict.getValueAt(index);
    }

    /** Class attribute whose value does not depend on the access (not a descriptor bound per access). */
    @Specialization(guards = {"self == cachedType", "value != null"}, assumptions = "typeStable", limit = "4")
    protected Object readClassAttr(PyType self,
                    @Cached("self") PyType cachedType,
                    @Cached("cachedType.getStableAssumption()") Assumption typeStable,
                    @Cached("stableClassAttr(cachedType)") Object value) {
        return value;
    }

    @Specialization(replaces = {"readInstance", "readProperty", "readModule", "readClassAttr"})
    protected Object readGeneric(Object self) {
        return slowPath(self);
    }

    @TruffleBoundary
    protected final Object slowPath(Object self) {
        return PyObjectOps.getAttr(self, name);
    }

    protected static final String[] NO_KW = new String[0];
    protected static final Object[] EMPTY = new Object[0];

    @TruffleBoundary
    protected final Object lookupOnType(PyType type) {
        return type.lookup(name);
    }

    /** The type uses object.__getattribute__, has no __getattr__, and name is not a data descriptor. */
    @TruffleBoundary
    protected final boolean isPlainInstanceLookup(PyType type) {
        if (type == BuiltinTypes.TYPE || type.isSubtypeOf(BuiltinTypes.TYPE) || type.isSubtypeOf(BuiltinTypes.MODULE)) {
            return false;
        }
        Object ga = type.lookup("__getattribute__");
        if (!(ga instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT)) {
            return false;
        }
        if (type.lookup("__getattr__") != null) {
            return false;
        }
        Object attr = type.lookup(name);
        return attr == null || !PyObjectOps.isDataDescriptor(attr);
    }

    @TruffleBoundary
    protected final Object propertyGetter(PyType type) {
        Object ga = type.lookup("__getattribute__");
        if (!(ga instanceof PyBuiltinFunction b && b.getInfo().getOwner() == BuiltinTypes.OBJECT) || type.lookup("__getattr__") != null) {
            return null;
        }
        Object attr = type.lookup(name);
        if (attr instanceof PyProperty p && p.getPyType() == BuiltinTypes.PROPERTY && p.fget instanceof PyFunction) {
            return p.fget;
        }
        return null;
    }

    @TruffleBoundary
    protected final Object stableClassAttr(PyType type) {
        if (BuiltinTypes.getType(type) != BuiltinTypes.TYPE) {
            return null;
        }
        Object attr = type.lookup(name);
        if (attr == null) {
            return null;
        }
        if (attr instanceof PyFunction || attr instanceof PyType || attr instanceof String || attr instanceof Long || attr instanceof Double || attr instanceof Boolean) {
            return attr;
        }
        if (PyObjectOps.hasGet(attr)) {
            return null;
        }
        return attr;
    }
}
