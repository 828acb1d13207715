package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.builtins.PyBuiltinNode.Builtin3;
import org.minipy.builtins.PyBuiltinNode.BuiltinN;
import org.minipy.nodes.expression.SpecialNodes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.FrameLocals;
import org.minipy.runtime.InstanceAttrs;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyClassMethod;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyGetSetDescriptor;
import org.minipy.runtime.PyMappingProxy;
import org.minipy.runtime.PyMemberDescriptor;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObject;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyProperty;
import org.minipy.runtime.PySuper;
import org.minipy.runtime.PyTuple;
import org.minipy.runtime.PyType;
import org.minipy.runtime.SuperOps;

/** property, classmethod, staticmethod, getset/member descriptors, super and mappingproxy. */
@CoreFunctions(types = {"property", "classmethod", "staticmethod", "getset_descriptor", "member_descriptor", "super", "mappingproxy"})
public final class DescriptorBuiltins {
    private DescriptorBuiltins() {
    }

    // ================================================================== property

    static PyProperty prop(Object o) {
        if (o instanceof PyProperty p) {
            return p;
        }
        throw PException.typeError("descriptor requires a 'property' object but received a '" + PyObjectOps.typeName(o) + "'");
    }

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertyNewNode extends Builtin3 {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PyProperty((PyType) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "fget", "fset", "fdel", "doc"}, required = 1, posonly = 1, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertyInitNode extends BuiltinN {
        @Specialization
        @TruffleBoundary
        static Object init(Object[] args) {
            PyProperty p = prop(args[0]);
            p.fget = BuiltinFunctions.given(args[1]) ? args[1] : PyNone.NONE;
            p.fset = BuiltinFunctions.given(args[2]) ? args[2] : PyNone.NONE;
            p.fdel = BuiltinFunctions.given(args[3]) ? args[3] : PyNone.NONE;
            Object doc = BuiltinFunctions.given(args[4]) ? args[4] : PyNone.NONE;
            if (doc == PyNone.NONE && p.fget != PyNone.NONE) {
                Object d = PyObjectOps.getAttrOrNull(p.fget, "__doc__");
                doc = d == null ? PyNone.NONE : d;
            }
            p.doc = doc;
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertyGetNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object instance, Object owner) {
            if (instance == PyNone.NONE) {
                if (!BuiltinFunctions.given(owner) || owner == PyNone.NONE) {
                    throw PException.typeError("__get__(None, None) is invalid");
                }
                return self;
            }
            return PyObjectOps.descrGet(self, instance, owner instanceof PyType t ? t : null);
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value"}, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertySetNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object set(Object self, Object instance, Object value) {
            PyObjectOps.descrSet(self, instance, value, "?");
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance"}, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertyDeleteNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delete(Object self, Object instance) {
            PyProperty p = prop(self);
            if (p.fdel == PyNone.NONE) {
                throw PException.attributeError(p.name instanceof String n ? "property '" + n + "' of '" + PyObjectOps.typeName(instance) + "' object has no deleter"
                                : "property of '" + PyObjectOps.typeName(instance) + "' object has no deleter");
            }
            CallOps.call(p.fdel, instance);
            return PyNone.NONE;
        }
    }

    @TruffleBoundary
    static PyProperty copyWith(PyProperty p, Object fget, Object fset, Object fdel) {
        PyProperty q = new PyProperty(p.getPyType());
        q.fget = fget;
        q.fset = fset;
        q.fdel = fdel;
        q.doc = p.doc;
        if (fget != p.fget && p.doc == PyNone.NONE && fget != PyNone.NONE) {
            Object d = PyObjectOps.getAttrOrNull(fget, "__doc__");
            q.doc = d == null ? PyNone.NONE : d;
        }
        q.name = p.name;
        return q;
    }

    @Builtin(name = "getter", params = {"self", "fget"}, types = "property")
    @GenerateNodeFactory
    public abstract static class GetterNode extends Builtin2 {
        @Specialization
        static Object getter(Object self, Object f) {
            PyProperty p = prop(self);
            return copyWith(p, f, p.fset, p.fdel);
        }
    }

    @Builtin(name = "setter", params = {"self", "fset"}, types = "property")
    @GenerateNodeFactory
    public abstract static class SetterNode extends Builtin2 {
        @Specialization
        static Object setter(Object self, Object f) {
            PyProperty p = prop(self);
            return copyWith(p, p.fget, f, p.fdel);
        }
    }

    @Builtin(name = "deleter", params = {"self", "fdel"}, types = "property")
    @GenerateNodeFactory
    public abstract static class DeleterNode extends Builtin2 {
        @Specialization
        static Object deleter(Object self, Object f) {
            PyProperty p = prop(self);
            return copyWith(p, p.fget, p.fset, f);
        }
    }

    @Builtin(name = "fget", params = {"self"}, kind = Builtin.Kind.GETTER, types = "property")
    @GenerateNodeFactory
    public abstract static class FgetNode extends Builtin1 {
        @Specialization
        static Object fget(Object self) {
            return prop(self).fget;
        }
    }

    @Builtin(name = "fset", params = {"self"}, kind = Builtin.Kind.GETTER, types = "property")
    @GenerateNodeFactory
    public abstract static class FsetNode extends Builtin1 {
        @Specialization
        static Object fset(Object self) {
            return prop(self).fset;
        }
    }

    @Builtin(name = "fdel", params = {"self"}, kind = Builtin.Kind.GETTER, types = "property")
    @GenerateNodeFactory
    public abstract static class FdelNode extends Builtin1 {
        @Specialization
        static Object fdel(Object self) {
            return prop(self).fdel;
        }
    }

    @Builtin(name = "__doc__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertyDocNode extends Builtin1 {
        @Specialization
        static Object doc(Object self) {
            return prop(self).doc;
        }
    }

    @Builtin(name = "__doc__", params = {"self", "value"}, kind = Builtin.Kind.SETTER, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertySetDocNode extends Builtin2 {
        @Specialization
        static Object setDoc(Object self, Object value) {
            prop(self).doc = value;
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__set_name__", params = {"self", "owner", "name"}, types = "property")
    @GenerateNodeFactory
    public abstract static class PropertySetNameNode extends Builtin3 {
        @Specialization
        static Object setName(Object self, Object owner, Object name) {
            prop(self).name = name;
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__isabstractmethod__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"property", "classmethod", "staticmethod"})
    @GenerateNodeFactory
    public abstract static class IsAbstractNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object isAbstract(Object self) {
            Object[] fs = self instanceof PyProperty p ? new Object[]{p.fget, p.fset, p.fdel} : new Object[]{((PyClassMethod) self).getCallable()};
            for (Object f : fs) {
                if (f != PyNone.NONE) {
                    Object a = PyObjectOps.getAttrOrNull(f, "__isabstractmethod__");
                    if (a != null && PyObjectOps.isTrue(a)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    // ================================================================== classmethod / staticmethod

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = {"classmethod", "staticmethod"})
    @GenerateNodeFactory
    public abstract static class CmNewNode extends Builtin3 {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            PyTuple a = (PyTuple) args;
            return new PyClassMethod((PyType) cls, a.size() > 0 ? a.get(0) : PyNone.NONE);
        }
    }

    @Builtin(name = "__init__", params = {"self", "function"}, types = {"classmethod", "staticmethod"})
    @GenerateNodeFactory
    public abstract static class CmInitNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object init(Object self, Object function) {
            PyClassMethod cm = (PyClassMethod) self;
            cm.setCallable(function);
            for (String attr : new String[]{"__doc__", "__name__", "__qualname__", "__module__"}) {
                Object v = PyObjectOps.getAttrOrNull(function, attr);
                if (v != null) {
                    InstanceAttrs.put(cm, attr, v);
                }
            }
            InstanceAttrs.put(cm, "__wrapped__", function);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2, types = {"classmethod", "staticmethod"})
    @GenerateNodeFactory
    public abstract static class CmGetNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object instance, Object owner) {
            PyType type = owner instanceof PyType t ? t : (instance == PyNone.NONE ? null : PyObjectOps.type(instance));
            return PyObjectOps.descrGet(self, instance == PyNone.NONE ? null : instance, type);
        }
    }

    @Builtin(name = "__func__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"classmethod", "staticmethod"})
    @GenerateNodeFactory
    public abstract static class CmFuncNode extends Builtin1 {
        @Specialization
        static Object func(Object self) {
            return ((PyClassMethod) self).getCallable();
        }
    }

    @Builtin(name = "__call__", params = {"self"}, varargs = "args", varkw = "kwargs", types = "staticmethod")
    @GenerateNodeFactory
    public abstract static class SmCallNode extends Builtin3 {
        @Specialization
        static Object call(Object self, Object args, Object kwargs) {
            return FunctionBuiltins.callWith(((PyClassMethod) self).getCallable(), null, (PyTuple) args, (PyDict) kwargs);
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = {"classmethod", "staticmethod"})
    @GenerateNodeFactory
    public abstract static class CmReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PyClassMethod cm = (PyClassMethod) self;
            return "<" + cm.getPyType().getName() + "(" + PyObjectOps.repr(cm.getCallable()) + ")>";
        }
    }

    // ================================================================== getset / member descriptors

    @Builtin(name = "__get__", params = {"self", "instance", "owner"}, required = 2, types = {"getset_descriptor", "member_descriptor"})
    @GenerateNodeFactory
    public abstract static class GsGetNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object get(Object self, Object instance, Object owner) {
            if (instance == PyNone.NONE) {
                return self;
            }
            return PyObjectOps.descrGet(self, instance, null);
        }
    }

    @Builtin(name = "__set__", params = {"self", "instance", "value"}, types = {"getset_descriptor", "member_descriptor"})
    @GenerateNodeFactory
    public abstract static class GsSetNode extends Builtin3 {
        @Specialization
        @TruffleBoundary
        static Object set(Object self, Object instance, Object value) {
            String name = self instanceof PyGetSetDescriptor g ? g.getName() : ((PyMemberDescriptor) self).getName();
            PyObjectOps.descrSet(self, instance, value, name);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delete__", params = {"self", "instance"}, types = {"member_descriptor"})
    @GenerateNodeFactory
    public abstract static class MdDeleteNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object delete(Object self, Object instance) {
            PyMemberDescriptor md = (PyMemberDescriptor) self;
            if (!(instance instanceof PyObject po) || !InstanceAttrs.removeSlot(po, md)) {
                throw PyObjectOps.noAttribute(instance, md.getName());
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = {"getset_descriptor", "member_descriptor"})
    @GenerateNodeFactory
    public abstract static class GsReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            if (self instanceof PyGetSetDescriptor g) {
                return "<attribute '" + g.getName() + "' of '" + g.getOwner().getName() + "' objects>";
            }
            PyMemberDescriptor m = (PyMemberDescriptor) self;
            return "<member '" + m.getName() + "' of '" + m.getOwner().getName() + "' objects>";
        }
    }

    @Builtin(name = "__name__", params = {"self"}, kind = Builtin.Kind.GETTER, types = {"getset_descriptor", "member_descriptor"})
    @GenerateNodeFactory
    public abstract static class GsNameNode extends Builtin1 {
        @Specialization
        static Object name(Object self) {
            return self instanceof PyGetSetDescriptor g ? g.getName() : ((PyMemberDescriptor) self).getName();
        }
    }

    // ================================================================== super

    @Builtin(name = "__new__", params = {"cls"}, varargs = "args", varkw = "kwargs", kind = Builtin.Kind.NEW, types = "super")
    @GenerateNodeFactory
    public abstract static class SuperNewNode extends Builtin3 {
        @Specialization
        static Object doNew(Object cls, Object args, Object kwargs) {
            return new PySuper((PyType) cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "type", "obj"}, required = 1, types = "super")
    @GenerateNodeFactory
    public abstract static class SuperInitNode extends Builtin3 {
        @Specialization
        Object init(VirtualFrame frame, Object self, Object type, Object obj) {
            PySuper s = (PySuper) self;
            if (!BuiltinFunctions.given(type)) {
                throw PException.runtimeError("super(): no arguments");
            }
            return initSuper(s, type, obj);
        }

        @TruffleBoundary
        static Object initSuper(PySuper s, Object type, Object obj) {
            if (!(type instanceof PyType t)) {
                throw PException.typeError("super() argument 1 must be a type, not " + PyObjectOps.typeName(type));
            }
            s.type = t;
            if (!BuiltinFunctions.given(obj) || obj == PyNone.NONE) {
                s.obj = null;
                s.objType = null;
                return PyNone.NONE;
            }
            PySuper made = SpecialNodes.ZeroArgSuperNode.makeSuper(t, obj);
            s.obj = made.obj;
            s.objType = made.objType;
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__getattribute__", params = {"self", "name"}, types = "super")
    @GenerateNodeFactory
    public abstract static class SuperGetAttributeNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object getattribute(Object self, Object name) {
            PySuper s = (PySuper) self;
            String n = (String) name;
            if (!n.equals("__class__")) {
                Object v = SuperOps.lookup(s, n);
                if (v != null) {
                    return v;
                }
            }
            Object v = PyObjectOps.genericGetAttrOrNull(self, n);
            if (v == null) {
                throw PException.attributeError("'super' object has no attribute '" + n + "'");
            }
            return v;
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "super")
    @GenerateNodeFactory
    public abstract static class SuperReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            PySuper s = (PySuper) self;
            if (s.objType != null) {
                return "<super: <class '" + s.type.getName() + "'>, <" + s.objType.getName() + " object>>";
            }
            return "<super: <class '" + (s.type == null ? "NULL" : s.type.getName()) + "'>, NULL>";
        }
    }

    @Builtin(name = "__thisclass__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "super")
    @GenerateNodeFactory
    public abstract static class ThisClassNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            return ((PySuper) self).type;
        }
    }

    @Builtin(name = "__self__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "super")
    @GenerateNodeFactory
    public abstract static class SuperSelfNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            Object o = ((PySuper) self).obj;
            return o == null ? PyNone.NONE : o;
        }
    }

    @Builtin(name = "__self_class__", params = {"self"}, kind = Builtin.Kind.GETTER, types = "super")
    @GenerateNodeFactory
    public abstract static class SuperSelfClassNode extends Builtin1 {
        @Specialization
        static Object get(Object self) {
            Object o = ((PySuper) self).objType;
            return o == null ? PyNone.NONE : o;
        }
    }

    // ================================================================== mappingproxy

    static Object mapping(Object self) {
        return ((PyMappingProxy) self).getMapping();
    }

    @Builtin(name = "__getitem__", params = {"self", "key"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpGetItemNode extends Builtin2 {
        @Specialization
        static Object getitem(Object self, Object key) {
            return org.minipy.runtime.SubscriptOps.getItem(mapping(self), key);
        }
    }

    @Builtin(name = "__len__", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpLenNode extends Builtin1 {
        @Specialization
        static Object len(Object self) {
            return PyObjectOps.len(mapping(self));
        }
    }

    @Builtin(name = "__iter__", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpIterNode extends Builtin1 {
        @Specialization
        static Object iter(Object self) {
            return PyObjectOps.getIter(mapping(self));
        }
    }

    @Builtin(name = "__contains__", params = {"self", "key"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpContainsNode extends Builtin2 {
        @Specialization
        static Object contains(Object self, Object key) {
            return PyObjectOps.contains(mapping(self), key);
        }
    }

    @Builtin(name = "keys", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpKeysNode extends Builtin1 {
        @Specialization
        static Object keys(Object self) {
            return CallOps.callMethod(mapping(self), "keys");
        }
    }

    @Builtin(name = "values", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpValuesNode extends Builtin1 {
        @Specialization
        static Object values(Object self) {
            return CallOps.callMethod(mapping(self), "values");
        }
    }

    @Builtin(name = "items", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpItemsNode extends Builtin1 {
        @Specialization
        static Object items(Object self) {
            return CallOps.callMethod(mapping(self), "items");
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default"}, required = 2, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpGetNode extends Builtin3 {
        @Specialization
        static Object get(Object self, Object key, Object dflt) {
            return CallOps.callMethod(mapping(self), "get", key, BuiltinFunctions.given(dflt) ? dflt : PyNone.NONE);
        }
    }

    @Builtin(name = "copy", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpCopyNode extends Builtin1 {
        @Specialization
        static Object copy(Object self) {
            return CallOps.callMethod(mapping(self), "copy");
        }
    }

    @Builtin(name = "__repr__", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpReprNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object repr(Object self) {
            return "mappingproxy(" + PyObjectOps.repr(mapping(self)) + ")";
        }
    }

    @Builtin(name = "__str__", params = {"self"}, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpStrNode extends Builtin1 {
        @Specialization
        static Object str(Object self) {
            return PyObjectOps.str(mapping(self));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "mapping"}, kind = Builtin.Kind.NEW, types = "mappingproxy")
    @GenerateNodeFactory
    public abstract static class MpNewNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object doNew(Object cls, Object m) {
            if (PyObjectOps.type(m).lookup("__getitem__") == null || m instanceof org.minipy.runtime.PyList || m instanceof PyTuple) {
                throw PException.typeError("mappingproxy() argument must be a mapping, not " + PyObjectOps.typeName(m));
            }
            return new PyMappingProxy(m);
        }
    }

    static Object unused() {
        return BuiltinTypes.OBJECT.toString() + FrameLocals.class;
    }
}
