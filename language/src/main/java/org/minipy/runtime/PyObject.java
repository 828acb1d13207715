package org.minipy.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/**
 * Base of every Python object that can carry instance attributes: instances of user classes and the
 * heap representations of builtin types (list, dict, function, ...), so that subclasses of builtin
 * types can carry attributes too. Attributes live in the Truffle object model (shapes); the Python
 * type is a plain field so that {@code __class__} assignment is a field write.
 *
 * <p>An object whose {@code __dict__} has been asked for switches to "dict mode": its attributes move to
 * a real {@link PyDict} stored under the hidden key {@link #DICT_KEY}, and every attribute access goes
 * through that dict from then on.
 */
public class PyObject extends DynamicObject {
    /** Root shape shared by all Python objects. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();

    /** Hidden property key under which a materialized instance dict is stored. */
    public static final Object DICT_KEY = new Object() {
        @Override
        public String toString() {
            return "<__dict__>";
        }
    };

    private PyType pyType;

    public PyObject(PyType type) {
        super(ROOT_SHAPE);
        this.pyType = type;
    }

    public final PyType getPyType() {
        return pyType;
    }

    public final void setPyType(PyType type) {
        this.pyType = type;
    }
}
