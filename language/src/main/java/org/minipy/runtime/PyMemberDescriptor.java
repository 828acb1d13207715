package org.minipy.runtime;

/** A {@code __slots__} entry ({@code member_descriptor}): stores the attribute on the instance. */
public final class PyMemberDescriptor extends PyObject {
    private final String name;
    private final PyType owner;

    public PyMemberDescriptor(String name, PyType owner) {
        super(BuiltinTypes.MEMBER_DESCRIPTOR);
        this.name = name;
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }
}
