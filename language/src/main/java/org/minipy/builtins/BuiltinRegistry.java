package org.minipy.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;

import org.minipy.language.PythonContext;
import org.minipy.runtime.BuiltinInfo;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyGetSetDescriptor;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PySingleton;
import org.minipy.runtime.PyType;
import org.minipy.runtime.Signature;

/**
 * Finds builtins through their annotations: each container class annotated with {@link CoreFunctions}
 * contributes the {@link Builtin} nodes it nests (via the DSL-generated factory list) to a type's dict
 * or to a module. Type dicts are filled lazily on first use.
 */
public final class BuiltinRegistry {
    /** The classes that hold builtins: one per builtin type or module. */
    private static final Class<?>[] CONTAINERS = {
                    BuiltinFunctions.class,
                    ObjectBuiltins.class,
                    TypeBuiltins.class,
                    IntBuiltins.class,
                    FloatBuiltins.class,
                    StrBuiltins.class,
                    BytesBuiltins.class,
                    CodecErrorBuiltins.class,
                    ListBuiltins.class,
                    TupleBuiltins.class,
                    DictBuiltins.class,
                    SetBuiltins.class,
                    RangeBuiltins.class,
                    FunctionBuiltins.class,
                    ExceptionBuiltins.class,
                    IteratorBuiltins.class,
                    DescriptorBuiltins.class,
                    GeneratorBuiltins.class,
                    MiscTypeBuiltins.class,
                    SysModule.class,
                    TimeModule.class,
                    DisModule.class,
                    MathModule.class,
                    TypingBuiltins.class,
                    OsModule.class,
    };

    public static final PyType TEXT_IO = new PyType("TextIOWrapper", BuiltinTypes.OBJECT, false);

    private static volatile boolean installed;
    private static Map<String, List<Class<?>>> typeContainers;
    private static Map<String, List<Class<?>>> moduleContainers;

    static {
        TEXT_IO.setPyType(BuiltinTypes.TYPE);
        TEXT_IO.setBuiltinModule("_io");
    }

    private BuiltinRegistry() {
    }

    public static PyType textIOType() {
        return TEXT_IO;
    }

    @TruffleBoundary
    public static synchronized void install() {
        if (installed) {
            return;
        }
        typeContainers = new HashMap<>();
        moduleContainers = new HashMap<>();
        for (Class<?> c : CONTAINERS) {
            CoreFunctions cf = c.getAnnotation(CoreFunctions.class);
            for (String t : cf.types()) {
                typeContainers.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
            }
            if (!cf.module().isEmpty()) {
                moduleContainers.computeIfAbsent(cf.module(), k -> new ArrayList<>()).add(c);
            }
        }
        PyType.setPopulator(BuiltinRegistry::populate);
        installed = true;
    }

    @SuppressWarnings("unchecked")
    private static List<NodeFactory<?>> factories(Class<?> container) {
        try {
            Class<?> gen = Class.forName(container.getName() + "Factory", true, container.getClassLoader());
            return (List<NodeFactory<?>>) gen.getMethod("getFactories").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no generated factories for " + container, e);
        }
    }

    public static Signature signatureOf(Builtin b, String displayName) {
        String[] params = b.params();
        int posonly = b.posonly() < 0 ? params.length : b.posonly();
        return new Signature(displayName, params, posonly, b.kwonly(), b.varargs().isEmpty() ? null : b.varargs(), b.varkw().isEmpty() ? null : b.varkw());
    }

    private static BuiltinInfo.Kind kindOf(Builtin.Kind k) {
        return BuiltinInfo.Kind.valueOf(k.name());
    }

    /** Fills the dict of a builtin type from its containers. */
    @TruffleBoundary
    static void populate(PyType type) {
        String key = type == TEXT_IO ? "_io.TextIOWrapper" : type.getName();
        if (type == BuiltinTypes.SIMPLE_NAMESPACE) {
            key = "types.SimpleNamespace";
        } else if (type == BuiltinTypes.GENERIC_ALIAS) {
            key = "types.GenericAlias";
        } else if (type == BuiltinTypes.UNION_TYPE) {
            key = "types.UnionType";
        }
        List<Class<?>> containers = typeContainers.get(key);
        PyDict dict = type.getDict();
        if (containers != null) {
            for (Class<?> c : containers) {
                for (NodeFactory<?> f : factories(c)) {
                    Builtin b = f.getNodeClass().getAnnotation(Builtin.class);
                    if (b == null || !appliesTo(b, key)) {
                        continue;
                    }
                    addToType(type, dict, b, f);
                }
                initType(c, type);
            }
        }
        if (dict.getItemStr("__doc__") == null) {
            dict.setItemStr("__doc__", PyNone.NONE);
        }
        if (type.isSubtypeOf(BuiltinTypes.BASE_EXCEPTION) && dict.getItemStr("__module__") == null) {
            dict.setItemStr("__module__", "builtins");
        }
    }

    /** Runs the optional {@code static void initType(PyType)} of a container (e.g. to set {@code __hash__ = None}). */
    private static void initType(Class<?> container, PyType type) {
        java.lang.reflect.Method init;
        try {
            init = container.getDeclaredMethod("initType", PyType.class);
        } catch (NoSuchMethodException e) {
            return;
        }
        try {
            init.setAccessible(true);
            init.invoke(null, type);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean appliesTo(Builtin b, String typeName) {
        if (b.types().length == 0) {
            return true;
        }
        for (String t : b.types()) {
            if (t.equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    private static void addToType(PyType type, PyDict dict, Builtin b, NodeFactory<?> f) {
        String name = b.name();
        BuiltinInfo.Kind kind = kindOf(b.kind());
        int required = b.required() < 0 ? b.params().length : b.required();
        BuiltinInfo info = new BuiltinInfo(name, type, null, signatureOf(b, type.getName() + "." + name), required, kind, f, b.doc());
        info.setArgStyle(b.argStyle().name());
        switch (kind) {
            case GETTER: {
                Object existing = dict.getItemStr(name);
                PyGetSetDescriptor gs = existing instanceof PyGetSetDescriptor g ? g : new PyGetSetDescriptor(name, type);
                gs.setGetter(info);
                gs.setMember(b.member());
                dict.setItemStr(name, gs);
                break;
            }
            case SETTER: {
                Object existing = dict.getItemStr(name);
                PyGetSetDescriptor gs = existing instanceof PyGetSetDescriptor g ? g : new PyGetSetDescriptor(name, type);
                gs.setSetter(info);
                dict.setItemStr(name, gs);
                break;
            }
            case CLASSMETHOD:
                dict.setItemStr(name, new PyBuiltinFunction(BuiltinTypes.CLASSMETHOD_DESCRIPTOR, info, null, false));
                break;
            case STATICMETHOD:
            case NEW:
                dict.setItemStr(name, new PyBuiltinFunction(BuiltinTypes.BUILTIN_FUNCTION, info, type, false));
                break;
            default:
                PyType descrType = name.startsWith("__") && name.endsWith("__") ? BuiltinTypes.WRAPPER_DESCRIPTOR : BuiltinTypes.METHOD_DESCRIPTOR;
                dict.setItemStr(name, new PyBuiltinFunction(descrType, info, null, false));
                break;
        }
    }

    /** Adds the {@code __dict__} and {@code __weakref__} descriptors of a class that introduces an instance dict. */
    @TruffleBoundary
    public static void addInstanceDictDescriptors(PyType type, PyDict dict) {
        PyGetSetDescriptor objectDict = (PyGetSetDescriptor) BuiltinTypes.OBJECT.getDict().getItemStr("__dict__");
        PyGetSetDescriptor d = new PyGetSetDescriptor("__dict__", type);
        d.setGetter(objectDict.getGetter());
        d.setSetter(objectDict.getSetter());
        dict.setItemStr("__dict__", d);
        addWeakref(type, dict);
    }

    /** Adds a {@code __weakref__} descriptor (always None) to a class dict. */
    @TruffleBoundary
    public static void addWeakref(PyType type, PyDict dict) {
        NodeFactory<?> f = ObjectBuiltinsFactory.WeakrefGetNodeFactory.getInstance();
        Builtin b = f.getNodeClass().getAnnotation(Builtin.class);
        BuiltinInfo info = new BuiltinInfo(b.name(), type, null, signatureOf(b, type.getName() + "." + b.name()), 1, BuiltinInfo.Kind.GETTER, f, b.doc());
        PyGetSetDescriptor w = new PyGetSetDescriptor("__weakref__", type);
        w.setGetter(info);
        dict.setItemStr("__weakref__", w);
    }

    /** Adds the functions of a builtin module's containers to {@code dict}. */
    @TruffleBoundary
    public static void addModuleFunctions(String module, PyDict dict, PyModule moduleObject) {
        List<Class<?>> containers = moduleContainers.get(module);
        if (containers == null) {
            return;
        }
        for (Class<?> c : containers) {
            for (NodeFactory<?> f : factories(c)) {
                Builtin b = f.getNodeClass().getAnnotation(Builtin.class);
                if (b == null) {
                    continue;
                }
                int required = b.required() < 0 ? b.params().length : b.required();
                BuiltinInfo info = new BuiltinInfo(b.name(), null, module, signatureOf(b, b.name()), required, BuiltinInfo.Kind.FUNCTION, f, b.doc());
                info.setArgStyle(b.argStyle().name());
                dict.setItemStr(b.name(), new PyBuiltinFunction(BuiltinTypes.BUILTIN_FUNCTION, info, moduleObject, false));
            }
        }
    }

    /** Runs the optional {@code static void initModule(PyModule, PythonContext)} of each container of a module. */
    @TruffleBoundary
    public static void initModule(String module, PyModule m, PythonContext ctx) {
        List<Class<?>> containers = moduleContainers.get(module);
        if (containers == null) {
            return;
        }
        for (Class<?> c : containers) {
            try {
                java.lang.reflect.Method init = c.getDeclaredMethod("initModule", PyModule.class, PythonContext.class);
                init.setAccessible(true);
                init.invoke(null, m, ctx);
            } catch (NoSuchMethodException e) {
                // no initializer
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static boolean hasModule(String name) {
        return moduleContainers.containsKey(name);
    }

    @TruffleBoundary
    public static PyDict createBuiltinsDict(PythonContext ctx) {
        PyDict d = new PyDict();
        d.setItemStr("__name__", "builtins");
        d.setItemStr("__doc__", "Built-in functions, exceptions, and other objects.");
        PyModule placeholder = new PyModule("builtins", d);
        addModuleFunctions("builtins", d, placeholder);
        for (PyType t : BuiltinTypes.ALL) {
            String n = t.getName();
            if (t.getModuleName().equals("builtins") && !n.contains("_iterator") && !n.contains("-") && Character.isLowerCase(n.charAt(0))) {
                switch (n) {
                    case "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property",
                                    "classmethod", "staticmethod", "super", "enumerate", "zip", "map", "filter", "reversed", "memoryview":
                        d.setItemStr(n, t);
                        break;
                    default:
                        break;
                }
            }
        }
        for (PyType t : BuiltinTypes.EXCEPTIONS) {
            d.setItemStr(t.getName(), t);
        }
        d.setItemStr("EnvironmentError", BuiltinTypes.OS_ERROR);
        d.setItemStr("IOError", BuiltinTypes.OS_ERROR);
        d.setItemStr("None", PyNone.NONE);
        d.setItemStr("True", Boolean.TRUE);
        d.setItemStr("False", Boolean.FALSE);
        d.setItemStr("Ellipsis", PySingleton.ELLIPSIS);
        d.setItemStr("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        d.setItemStr("__debug__", Boolean.TRUE);
        return d;
    }

    @TruffleBoundary
    public static PyModule createSysModule(PythonContext ctx) {
        return SysModule.create(ctx);
    }
}
