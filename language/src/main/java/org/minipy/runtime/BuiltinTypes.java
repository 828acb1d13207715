package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The builtin types, shared by all contexts (they are immutable). Their attribute dicts are filled
 * lazily by the builtins registry. Generated once from a table; edit freely.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    public static final PyType OBJECT = new PyType("object", null, false);
    public static final PyType TYPE = new PyType("type", OBJECT, false);
    public static final PyType INT = new PyType("int", OBJECT, false);
    public static final PyType BOOL = new PyType("bool", INT, true);
    public static final PyType FLOAT = new PyType("float", OBJECT, false);
    public static final PyType COMPLEX = new PyType("complex", OBJECT, false);
    public static final PyType STR = new PyType("str", OBJECT, false);
    public static final PyType BYTES = new PyType("bytes", OBJECT, false);
    public static final PyType BYTEARRAY = new PyType("bytearray", OBJECT, false);
    public static final PyType LIST = new PyType("list", OBJECT, false);
    public static final PyType TUPLE = new PyType("tuple", OBJECT, false);
    public static final PyType DICT = new PyType("dict", OBJECT, false);
    public static final PyType SET = new PyType("set", OBJECT, false);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT, false);
    public static final PyType RANGE = new PyType("range", OBJECT, true);
    public static final PyType SLICE = new PyType("slice", OBJECT, true);
    public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT, true);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", OBJECT, true);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", OBJECT, true);
    public static final PyType FUNCTION = new PyType("function", OBJECT, true);
    public static final PyType METHOD = new PyType("method", OBJECT, true);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT, true);
    public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", OBJECT, true);
    public static final PyType CLASSMETHOD_DESCRIPTOR = new PyType("classmethod_descriptor", OBJECT, true);
    public static final PyType WRAPPER_DESCRIPTOR = new PyType("wrapper_descriptor", OBJECT, true);
    public static final PyType METHOD_WRAPPER = new PyType("method-wrapper", OBJECT, true);
    public static final PyType GETSET_DESCRIPTOR = new PyType("getset_descriptor", OBJECT, true);
    public static final PyType MEMBER_DESCRIPTOR = new PyType("member_descriptor", OBJECT, true);
    public static final PyType MAPPINGPROXY = new PyType("mappingproxy", OBJECT, true);
    public static final PyType CODE = new PyType("code", OBJECT, true);
    public static final PyType CELL = new PyType("cell", OBJECT, true);
    public static final PyType MODULE = new PyType("module", OBJECT, false);
    public static final PyType GENERATOR = new PyType("generator", OBJECT, true);
    public static final PyType COROUTINE = new PyType("coroutine", OBJECT, true);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", OBJECT, true);
    public static final PyType FRAME = new PyType("frame", OBJECT, true);
    public static final PyType TRACEBACK = new PyType("traceback", OBJECT, true);
    public static final PyType PROPERTY = new PyType("property", OBJECT, false);
    public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT, false);
    public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT, false);
    public static final PyType SUPER = new PyType("super", OBJECT, false);
    public static final PyType ENUMERATE = new PyType("enumerate", OBJECT, false);
    public static final PyType ZIP = new PyType("zip", OBJECT, false);
    public static final PyType MAP = new PyType("map", OBJECT, false);
    public static final PyType FILTER = new PyType("filter", OBJECT, false);
    public static final PyType REVERSED = new PyType("reversed", OBJECT, false);
    public static final PyType LIST_ITERATOR = new PyType("list_iterator", OBJECT, true);
    public static final PyType LIST_REVERSEITERATOR = new PyType("list_reverseiterator", OBJECT, true);
    public static final PyType TUPLE_ITERATOR = new PyType("tuple_iterator", OBJECT, true);
    public static final PyType RANGE_ITERATOR = new PyType("range_iterator", OBJECT, true);
    public static final PyType STR_ITERATOR = new PyType("str_iterator", OBJECT, true);
    public static final PyType STR_ASCII_ITERATOR = new PyType("str_ascii_iterator", OBJECT, true);
    public static final PyType BYTES_ITERATOR = new PyType("bytes_iterator", OBJECT, true);
    public static final PyType DICT_KEYS = new PyType("dict_keys", OBJECT, true);
    public static final PyType DICT_VALUES = new PyType("dict_values", OBJECT, true);
    public static final PyType DICT_ITEMS = new PyType("dict_items", OBJECT, true);
    public static final PyType DICT_KEYITERATOR = new PyType("dict_keyiterator", OBJECT, true);
    public static final PyType DICT_VALUEITERATOR = new PyType("dict_valueiterator", OBJECT, true);
    public static final PyType DICT_ITEMITERATOR = new PyType("dict_itemiterator", OBJECT, true);
    public static final PyType DICT_REVERSEKEYITERATOR = new PyType("dict_reversekeyiterator", OBJECT, true);
    public static final PyType SET_ITERATOR = new PyType("set_iterator", OBJECT, true);
    public static final PyType SEQ_ITERATOR = new PyType("iterator", OBJECT, true);
    public static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", OBJECT, true);
    public static final PyType MEMORYVIEW = new PyType("memoryview", OBJECT, true);
    public static final PyType SIMPLE_NAMESPACE = new PyType("types.SimpleNamespace", OBJECT, false);
    public static final PyType FOREIGN = new PyType("foreign", OBJECT, true);
    public static final PyType GENERIC_ALIAS = new PyType("GenericAlias", OBJECT, false);
    public static final PyType UNION_TYPE = new PyType("UnionType", OBJECT, true);

    // exceptions
    public static final PyType BASE_EXCEPTION = new PyType("BaseException", OBJECT, false);
    public static final PyType BASE_EXCEPTION_GROUP = new PyType("BaseExceptionGroup", BASE_EXCEPTION, false);
    public static final PyType GENERATOR_EXIT = new PyType("GeneratorExit", BASE_EXCEPTION, false);
    public static final PyType KEYBOARD_INTERRUPT = new PyType("KeyboardInterrupt", BASE_EXCEPTION, false);
    public static final PyType SYSTEM_EXIT = new PyType("SystemExit", BASE_EXCEPTION, false);
    public static final PyType EXCEPTION = new PyType("Exception", BASE_EXCEPTION, false);
    public static final PyType ARITHMETIC_ERROR = new PyType("ArithmeticError", EXCEPTION, false);
    public static final PyType FLOATING_POINT_ERROR = new PyType("FloatingPointError", ARITHMETIC_ERROR, false);
    public static final PyType OVERFLOW_ERROR = new PyType("OverflowError", ARITHMETIC_ERROR, false);
    public static final PyType ZERO_DIVISION_ERROR = new PyType("ZeroDivisionError", ARITHMETIC_ERROR, false);
    public static final PyType ASSERTION_ERROR = new PyType("AssertionError", EXCEPTION, false);
    public static final PyType ATTRIBUTE_ERROR = new PyType("AttributeError", EXCEPTION, false);
    public static final PyType BUFFER_ERROR = new PyType("BufferError", EXCEPTION, false);
    public static final PyType EOF_ERROR = new PyType("EOFError", EXCEPTION, false);
    public static final PyType IMPORT_ERROR = new PyType("ImportError", EXCEPTION, false);
    public static final PyType MODULE_NOT_FOUND_ERROR = new PyType("ModuleNotFoundError", IMPORT_ERROR, false);
    public static final PyType LOOKUP_ERROR = new PyType("LookupError", EXCEPTION, false);
    public static final PyType INDEX_ERROR = new PyType("IndexError", LOOKUP_ERROR, false);
    public static final PyType KEY_ERROR = new PyType("KeyError", LOOKUP_ERROR, false);
    public static final PyType MEMORY_ERROR = new PyType("MemoryError", EXCEPTION, false);
    public static final PyType NAME_ERROR = new PyType("NameError", EXCEPTION, false);
    public static final PyType UNBOUND_LOCAL_ERROR = new PyType("UnboundLocalError", NAME_ERROR, false);
    public static final PyType OS_ERROR = new PyType("OSError", EXCEPTION, false);
    public static final PyType BLOCKING_IO_ERROR = new PyType("BlockingIOError", OS_ERROR, false);
    public static final PyType CHILD_PROCESS_ERROR = new PyType("ChildProcessError", OS_ERROR, false);
    public static final PyType CONNECTION_ERROR = new PyType("ConnectionError", OS_ERROR, false);
    public static final PyType BROKEN_PIPE_ERROR = new PyType("BrokenPipeError", CONNECTION_ERROR, false);
    public static final PyType CONNECTION_ABORTED_ERROR = new PyType("ConnectionAbortedError", CONNECTION_ERROR, false);
    public static final PyType CONNECTION_REFUSED_ERROR = new PyType("ConnectionRefusedError", CONNECTION_ERROR, false);
    public static final PyType CONNECTION_RESET_ERROR = new PyType("ConnectionResetError", CONNECTION_ERROR, false);
    public static final PyType FILE_EXISTS_ERROR = new PyType("FileExistsError", OS_ERROR, false);
    public static final PyType FILE_NOT_FOUND_ERROR = new PyType("FileNotFoundError", OS_ERROR, false);
    public static final PyType INTERRUPTED_ERROR = new PyType("InterruptedError", OS_ERROR, false);
    public static final PyType IS_A_DIRECTORY_ERROR = new PyType("IsADirectoryError", OS_ERROR, false);
    public static final PyType NOT_A_DIRECTORY_ERROR = new PyType("NotADirectoryError", OS_ERROR, false);
    public static final PyType PERMISSION_ERROR = new PyType("PermissionError", OS_ERROR, false);
    public static final PyType PROCESS_LOOKUP_ERROR = new PyType("ProcessLookupError", OS_ERROR, false);
    public static final PyType TIMEOUT_ERROR = new PyType("TimeoutError", OS_ERROR, false);
    public static final PyType REFERENCE_ERROR = new PyType("ReferenceError", EXCEPTION, false);
    public static final PyType RUNTIME_ERROR = new PyType("RuntimeError", EXCEPTION, false);
    public static final PyType NOT_IMPLEMENTED_ERROR = new PyType("NotImplementedError", RUNTIME_ERROR, false);
    public static final PyType RECURSION_ERROR = new PyType("RecursionError", RUNTIME_ERROR, false);
    public static final PyType STOP_ASYNC_ITERATION = new PyType("StopAsyncIteration", EXCEPTION, false);
    public static final PyType STOP_ITERATION = new PyType("StopIteration", EXCEPTION, false);
    public static final PyType SYNTAX_ERROR = new PyType("SyntaxError", EXCEPTION, false);
    public static final PyType INDENTATION_ERROR = new PyType("IndentationError", SYNTAX_ERROR, false);
    public static final PyType TAB_ERROR = new PyType("TabError", INDENTATION_ERROR, false);
    public static final PyType SYSTEM_ERROR = new PyType("SystemError", EXCEPTION, false);
    public static final PyType TYPE_ERROR = new PyType("TypeError", EXCEPTION, false);
    public static final PyType VALUE_ERROR = new PyType("ValueError", EXCEPTION, false);
    public static final PyType UNICODE_ERROR = new PyType("UnicodeError", VALUE_ERROR, false);
    public static final PyType UNICODE_DECODE_ERROR = new PyType("UnicodeDecodeError", UNICODE_ERROR, false);
    public static final PyType UNICODE_ENCODE_ERROR = new PyType("UnicodeEncodeError", UNICODE_ERROR, false);
    public static final PyType UNICODE_TRANSLATE_ERROR = new PyType("UnicodeTranslateError", UNICODE_ERROR, false);
    public static final PyType WARNING = new PyType("Warning", EXCEPTION, false);
    public static final PyType BYTES_WARNING = new PyType("BytesWarning", WARNING, false);
    public static final PyType DEPRECATION_WARNING = new PyType("DeprecationWarning", WARNING, false);
    public static final PyType ENCODING_WARNING = new PyType("EncodingWarning", WARNING, false);
    public static final PyType FUTURE_WARNING = new PyType("FutureWarning", WARNING, false);
    public static final PyType IMPORT_WARNING = new PyType("ImportWarning", WARNING, false);
    public static final PyType PENDING_DEPRECATION_WARNING = new PyType("PendingDeprecationWarning", WARNING, false);
    public static final PyType RESOURCE_WARNING = new PyType("ResourceWarning", WARNING, false);
    public static final PyType RUNTIME_WARNING = new PyType("RuntimeWarning", WARNING, false);
    public static final PyType SYNTAX_WARNING = new PyType("SyntaxWarning", WARNING, false);
    public static final PyType UNICODE_WARNING = new PyType("UnicodeWarning", WARNING, false);
    public static final PyType USER_WARNING = new PyType("UserWarning", WARNING, false);

    /** Every builtin type, for the builtins module and the registry. */
    public static final PyType[] ALL = {OBJECT, TYPE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, LIST, TUPLE, DICT, SET, FROZENSET, RANGE, SLICE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, FUNCTION, METHOD, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, METHOD_WRAPPER, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR, MAPPINGPROXY, CODE, CELL, MODULE, GENERATOR, COROUTINE, ASYNC_GENERATOR, FRAME, TRACEBACK, PROPERTY, CLASSMETHOD, STATICMETHOD, SUPER, ENUMERATE, ZIP, MAP, FILTER, REVERSED, LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, RANGE_ITERATOR, STR_ITERATOR, STR_ASCII_ITERATOR, BYTES_ITERATOR, DICT_KEYS, DICT_VALUES, DICT_ITEMS, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR, DICT_REVERSEKEYITERATOR, SET_ITERATOR, SEQ_ITERATOR, CALLABLE_ITERATOR, MEMORYVIEW, SIMPLE_NAMESPACE, FOREIGN, GENERIC_ALIAS, UNION_TYPE};
    public static final PyType[] EXCEPTIONS = {BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT, SYSTEM_EXIT, EXCEPTION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, WARNING, BYTES_WARNING, DEPRECATION_WARNING, ENCODING_WARNING, FUTURE_WARNING, IMPORT_WARNING, PENDING_DEPRECATION_WARNING, RESOURCE_WARNING, RUNTIME_WARNING, SYNTAX_WARNING, UNICODE_WARNING, USER_WARNING};

    static {
        for (PyType t : ALL) {
            t.setPyType(TYPE);
            t.getDictRaw().setPyType(DICT);
        }
        for (PyType t : EXCEPTIONS) {
            t.setPyType(TYPE);
            t.getDictRaw().setPyType(DICT);
            t.setHasInstanceDict(true);
        }
        SIMPLE_NAMESPACE.setName("SimpleNamespace");
        SIMPLE_NAMESPACE.setQualname("SimpleNamespace");
        SIMPLE_NAMESPACE.setBuiltinModule("types");
        SIMPLE_NAMESPACE.setHasInstanceDict(true);
        GENERIC_ALIAS.setBuiltinModule("types");
        UNION_TYPE.setBuiltinModule("types");
        OBJECT.setHasInstanceDict(false);
        MODULE.setHasInstanceDict(true);
        FUNCTION.setHasInstanceDict(true);
    }

    /** The Python type of any value. */
    public static PyType getType(Object value) {
        if (value instanceof PyObject o) {
            return o.getPyType();
        }
        return getTypeOther(value);
    }

    private static PyType getTypeOther(Object value) {
        if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
            return INT;
        } else if (value instanceof Boolean) {
            return BOOL;
        } else if (value instanceof Double) {
            return FLOAT;
        } else if (value instanceof String) {
            return STR;
        } else if (value == PyNone.NONE) {
            return NONE_TYPE;
        } else if (value == PySingleton.NOT_IMPLEMENTED) {
            return NOT_IMPLEMENTED_TYPE;
        } else if (value == PySingleton.ELLIPSIS) {
            return ELLIPSIS_TYPE;
        } else if (value instanceof PyCell) {
            return CELL;
        } else if (value instanceof PyCode) {
            return CODE;
        } else if (value instanceof PyFrame) {
            return FRAME;
        } else if (value instanceof PyTraceback) {
            return TRACEBACK;
        }
        return FOREIGN;
    }
}
