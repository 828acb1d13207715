package org.minipy.runtime;

/** dict_keys, dict_values and dict_items views. */
public final class PyDictView extends PyObject {
    private final PyDict dict;
    private final int kind;

    public PyDictView(PyDict dict, int kind) {
        super(kind == PyIterator.DictIterator.KEYS ? BuiltinTypes.DICT_KEYS : kind == PyIterator.DictIterator.VALUES ? BuiltinTypes.DICT_VALUES : BuiltinTypes.DICT_ITEMS);
        this.dict = dict;
        this.kind = kind;
    }

    public PyDict getDict() {
        return dict;
    }

    public int getKind() {
        return kind;
    }
}
