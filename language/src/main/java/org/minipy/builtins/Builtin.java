package org.minipy.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a builtin node: its Python name, signature and kind. The node class must also carry
 * {@code @GenerateNodeFactory} and sit inside a class annotated with {@link CoreFunctions}; the registry
 * finds it through the generated factory list, so no list of builtins is kept by hand.
 *
 * <p>Bound arguments reach the node's {@code execute} in signature order: the positional parameters,
 * the keyword-only ones, then the {@code *args} tuple and the {@code **kwargs} dict. An optional
 * argument that was not passed arrives as {@code NoValue.INSTANCE}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    /** Positional parameter names; for methods the first one is the receiver ("self"). */
    String[] params() default {};

    /** How many leading positional parameters are required; -1 means all of them. */
    int required() default -1;

    /** How many leading positional parameters are positional-only; -1 means all of them. */
    int posonly() default -1;

    String[] kwonly() default {};

    /** Name of the *args parameter, or "" for none. */
    String varargs() default "";

    /** Name of the **kwargs parameter, or "" for none. */
    String varkw() default "";

    Kind kind() default Kind.METHOD;

    /**
     * When the container serves several types, the ones this builtin belongs to (default: all of the
     * container's types).
     */
    String[] types() default {};

    String doc() default "";

    /** For a GETTER without setter: CPython implements it as a read-only member ("readonly attribute"). */
    boolean member() default false;

    /** How argument-count errors are worded (CPython's builtins use several conventions). */
    ArgStyle argStyle() default ArgStyle.AUTO;

    enum ArgStyle {
        /** ONE_ARG for a single required parameter, CHECK_POSITIONAL when all are positional-only, else CLINIC. */
        AUTO,
        /** "len() takes exactly one argument (2 given)". */
        ONE_ARG,
        /** "divmod expected 2 arguments, got 1", "getattr expected at least 2 arguments, got 1". */
        CHECK_POSITIONAL,
        /** "round() missing required argument 'number' (pos 1)", "round() takes at most 2 arguments (3 given)". */
        CLINIC,
        /** "sum() takes at least 1 positional argument (0 given)". */
        CLINIC_POSONLY,
        /** PyArg_ParseTuple: "find() takes at least 1 argument (0 given)", "find() takes at most 3 arguments (4 given)". */
        PARSE_TUPLE
    }

    enum Kind {
        /** A module-level function (builtin_function_or_method). */
        FUNCTION,
        /** An instance method of a type (method_descriptor; binds the receiver). */
        METHOD,
        /** A method whose first argument is the class (classmethod_descriptor). */
        CLASSMETHOD,
        /** A static method of a type (takes no receiver). */
        STATICMETHOD,
        /** The type's {@code __new__}: first argument is the class. */
        NEW,
        /** A read-only or read-write attribute (getset_descriptor); params are ("self") or ("self", "value"). */
        GETTER,
        /** The setter half of a getset attribute whose getter is declared with the same name. */
        SETTER
    }
}
