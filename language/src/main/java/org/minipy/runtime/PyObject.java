package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

import org.minipy.language.MiniPyLanguage;

/**
 * Base of every Python object that can carry instance attributes: instances of user classes and the
 * heap representations of builtin types (list, dict, function, ...), so that subclasses of builtin
 * types can carry attributes too. Attributes live in the Truffle object model (shapes); the Python
 * type is a plain field so that {@code __class__} assignment is a field write.
 *
 * <p>An object whose {@code __dict__} has been asked for switches to "dict mode": its attributes move to
 * a real {@link PyDict} stored under the hidden key {@link #DICT_KEY}, and every attribute access goes
 * through that dict from then on.
 *
 * <p>For embedders, Python objects are interop objects: callables are executable, attributes are
 * members, lists and tuples are arrays.
 */
@ExportLibrary(InteropLibrary.class)
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

    // ------------------------------------------------------------------ interop

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return MiniPyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(boolean allowSideEffects) {
        if (!allowSideEffects) {
            return "<" + pyType.getName() + " object>";
        }
        try {
            return PyObjectOps.str(this);
        } catch (PException e) {
            return "<" + pyType.getName() + " object>";
        }
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isExecutable() {
        return pyType.lookup("__call__") != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = Interop.fromForeign(arguments[i]);
        }
        return Interop.toForeign(CallOps.call(this, args));
    }

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(boolean includeInternal) {
        Object names = CallOps.callMethod(this, "__dir__");
        return new PyList(PyObjectOps.toArray(names));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return PyObjectOps.getAttrOrNull(this, member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        Object v = PyObjectOps.getAttrOrNull(this, member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return Interop.toForeign(v);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberModifiable(String member) {
        return pyType.hasInstanceDict() || this instanceof PyModule;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInsertable(String member) {
        return (pyType.hasInstanceDict() || this instanceof PyModule) && PyObjectOps.getAttrOrNull(this, member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) {
        PyObjectOps.setAttr(this, member, Interop.fromForeign(value));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInvocable(String member) {
        Object v = PyObjectOps.getAttrOrNull(this, member);
        return v != null && PyObjectOps.type(v).lookup("__call__") != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        Object f = PyObjectOps.getAttrOrNull(this, member);
        if (f == null) {
            throw UnknownIdentifierException.create(member);
        }
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = Interop.fromForeign(arguments[i]);
        }
        return Interop.toForeign(CallOps.call(f, args));
    }

    @ExportMessage
    final boolean hasArrayElements() {
        return this instanceof PyList || this instanceof PyTuple;
    }

    @ExportMessage
    final long getArraySize() throws UnsupportedMessageException {
        if (this instanceof PyList l) {
            return l.size();
        } else if (this instanceof PyTuple t) {
            return t.size();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean isArrayElementReadable(long index) {
        try {
            return index >= 0 && index < getArraySize();
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }

    @ExportMessage
    final Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            if (!hasArrayElements()) {
                throw UnsupportedMessageException.create();
            }
            throw InvalidArrayIndexException.create(index);
        }
        if (this instanceof PyList l) {
            return Interop.toForeign(l.get((int) index));
        }
        return Interop.toForeign(((PyTuple) this).get((int) index));
    }

    static void unusedArity() throws ArityException {
    }
}
