package org.minipy.runtime;

import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.NodeFactory;

/**
 * What is known about one builtin callable independent of how it is reached: name, owner, signature,
 * kind and the factory of its node. Call targets are created per language instance (engine).
 */
public final class BuiltinInfo {
    public enum Kind {
        FUNCTION,
        METHOD,
        CLASSMETHOD,
        STATICMETHOD,
        NEW,
        GETTER,
        SETTER
    }

    private final String name;
    /** The type that owns the method, or null for module functions. */
    private final PyType owner;
    /** Module name for module functions. */
    private final String module;
    private final Signature signature;
    private final Kind kind;
    private final NodeFactory<?> factory;
    private final String doc;
    private final int required;
    /** One of ONE_ARG, CHECK_POSITIONAL, CLINIC, CLINIC_POSONLY (see Builtin.ArgStyle). */
    private String argStyle = "AUTO";

    public String getArgStyle() {
        return argStyle;
    }

    public void setArgStyle(String argStyle) {
        this.argStyle = argStyle;
    }
    private final ConcurrentHashMap<Object, RootCallTarget> targets = new ConcurrentHashMap<>(2);

    public BuiltinInfo(String name, PyType owner, String module, Signature signature, int required, Kind kind, NodeFactory<?> factory, String doc) {
        this.required = required;
        this.name = name;
        this.owner = owner;
        this.module = module;
        this.signature = signature;
        this.kind = kind;
        this.factory = factory;
        this.doc = doc;
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }

    public String getModule() {
        return module;
    }

    public Signature getSignature() {
        return signature;
    }

    /** Number of leading positional parameters that must be passed. */
    public int requiredPositional() {
        return required;
    }

    public Kind getKind() {
        return kind;
    }

    public NodeFactory<?> getFactory() {
        return factory;
    }

    public String getDoc() {
        return doc;
    }

    /** The call target for this builtin in the given language instance. */
    public RootCallTarget getCallTarget(Object language, java.util.function.Function<BuiltinInfo, RootCallTarget> creator) {
        RootCallTarget t = targets.get(language);
        if (t == null) {
            t = targets.computeIfAbsent(language, l -> creator.apply(this));
        }
        return t;
    }
}
