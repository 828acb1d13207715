package org.minipy.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** Primitive types that nodes may return unboxed: Python bool, int (when it fits a long) and float. */
@TypeSystem({boolean.class, long.class, double.class})
public abstract class PyTypeSystem {
}
