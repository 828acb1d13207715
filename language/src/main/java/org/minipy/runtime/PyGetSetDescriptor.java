package org.minipy.runtime;

/** An attribute of a builtin type computed by builtin getter/setter nodes ({@code getset_descriptor}). */
public final class PyGetSetDescriptor extends PyObject {
    private final String name;
    private final PyType owner;
    private BuiltinInfo getter;
    private BuiltinInfo setter;

    public PyGetSetDescriptor(String name, PyType owner) {
        super(BuiltinTypes.GETSET_DESCRIPTOR);
        this.name = name;
        this.owner = owner;
    }

    private boolean member;

    public boolean isMember() {
        return member;
    }

    public void setMember(boolean member) {
        this.member = member;
    }

    public String getName() {
        return name;
    }

    public PyType getOwner() {
        return owner;
    }

    public BuiltinInfo getGetter() {
        return getter;
    }

    public void setGetter(BuiltinInfo getter) {
        this.getter = getter;
    }

    public BuiltinInfo getSetter() {
        return setter;
    }

    public void setSetter(BuiltinInfo setter) {
        this.setter = setter;
    }
}
