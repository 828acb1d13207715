package org.minipy.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class whose nested {@link Builtin} nodes belong to a builtin type or module. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CoreFunctions {
    /** Names of the builtin types these functions belong to (e.g. "list"), or empty. */
    String[] types() default {};

    /** Name of the builtin module these functions belong to (e.g. "builtins", "math"), or "". */
    String module() default "";
}
