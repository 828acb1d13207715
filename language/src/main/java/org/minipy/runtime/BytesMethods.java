package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The algorithms behind the methods of {@code bytes} and {@code bytearray}, with CPython's messages. */
public final class BytesMethods {
    private BytesMethods() {
    }

    private static final byte[] EMPTY = new byte[0];

    private static boolean given(Object o) {
        return o != NoValue.INSTANCE;
    }

    // ================================================================== arguments and results

    /** The content of a bytes-like object, or null. Never modify the result. */
    public static byte[] bytesLikeOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.view();
        }
        return null;
    }

    @TruffleBoundary
    public static byte[] bytesArg(Object o) {
        byte[] b = bytesLikeOrNull(o);
        if (b == null) {
            throw PException.typeError("a bytes-like object is required, not '" + PyObjectOps.typeName(o) + "'");
        }
        return b;
    }

    /** A result of the same kind (bytes or bytearray) as {@code self}. */
    public static PyBytes make(PyBytes self, byte[] data) {
        return self.isByteArray() ? PyBytes.bytearray(data) : new PyBytes(data);
    }

    private static String kind(PyBytes self) {
        return self.isByteArray() ? "bytearray" : "bytes";
    }

    /** A byte value from an int-like object: "byte must be in range(0, 256)". */
    @TruffleBoundary
    public static int byteValue(Object o) {
        Object v = o instanceof Long ? o : PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("'" + PyObjectOps.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (!(v instanceof Long l) || l < 0 || l > 255) {
            throw PException.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    /** The sub-sequence argument of find/count/index: an int in range(256) or a bytes-like object. */
    private static byte[] subArg(Object o) {
        if (o instanceof PyBytes b) {
            return b.view();
        }
        Object v = PyObjectOps.indexOrNull(o);
        if (v == null) {
            throw PException.typeError("argument should be integer or bytes-like object, not '" + PyObjectOps.typeName(o) + "'");
        }
        if (!(v instanceof Long l) || l < 0 || l > 255) {
            throw PException.valueError("byte must be in range(0, 256)");
        }
        return new byte[]{(byte) (long) l};
    }

    // ================================================================== construction

    /** The bytes of bytes(source) / bytearray(source) (without encoding). */
    @TruffleBoundary
    public static byte[] fromObject(Object source, boolean bytearray) {
        if (source instanceof PyBytes b) {
            return b.toArray();
        }
        if (source instanceof String) {
            throw PException.typeError("string argument without an encoding");
        }
        if (!bytearray && !(source instanceof Long)) {
            Object m = PyObjectOps.type(source).lookup("__bytes__");
            if (m != null && m != PyNone.NONE) {
                Object r = CallOps.callUnbound(m, source, new Object[0], CallOps.NO_KW);
                if (!(r instanceof PyBytes rb) || rb.isByteArray()) {
                    throw PException.typeError("__bytes__ returned non-bytes (type " + PyObjectOps.typeName(r) + ")");
                }
                return rb.toArray();
            }
        }
        Object idx = PyObjectOps.indexOrNull(source);
        if (idx != null) {
            if (!(idx instanceof Long l)) {
                if (((java.math.BigInteger) idx).signum() < 0) {
                    throw PException.valueError("negative count");
                }
                throw PException.overflow("cannot fit 'int' into an index-sized integer");
            }
            if (l < 0) {
                throw PException.valueError("negative count");
            }
            if (l > Integer.MAX_VALUE - 16) {
                throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
            }
            return new byte[(int) (long) l];
        }
        Object[] items;
        if (source instanceof PyList l) {
            items = l.toArray();
        } else if (source instanceof PyTuple t) {
            items = t.getItems();
        } else {
            PyType t = PyObjectOps.type(source);
            Object it = t.lookup("__iter__");
            if ((it == null || it == PyNone.NONE) && t.lookup("__getitem__") == null) {
                throw PException.typeError("cannot convert '" + t.getName() + "' object to " + (bytearray ? "bytearray" : "bytes"));
            }
            items = PyObjectOps.toArray(source);
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            Object o = items[i];
            Object v = o instanceof Long ? o : PyObjectOps.indexOrNull(o);
            if (v == null) {
                throw PException.typeError("'" + PyObjectOps.typeName(o) + "' object cannot be interpreted as an integer");
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PException.valueError(bytearray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
            }
            out[i] = (byte) (long) l;
        }
        return out;
    }

    /** bytes(source, encoding, errors) / bytearray(...): the content. */
    @TruffleBoundary
    public static byte[] construct(Object source, Object encoding, Object errors, boolean bytearray) {
        String fn = bytearray ? "bytearray" : "bytes";
        if (given(encoding) && !(encoding instanceof String)) {
            throw PException.typeError(fn + "() argument 'encoding' must be str, not " + StrMethods.argTypeName(encoding));
        }
        if (given(errors) && !(errors instanceof String)) {
            throw PException.typeError(fn + "() argument 'errors' must be str, not " + StrMethods.argTypeName(errors));
        }
        if (!given(source)) {
            if (given(encoding)) {
                throw PException.typeError("encoding without a string argument");
            }
            if (given(errors)) {
                throw PException.typeError("errors without a string argument");
            }
            return EMPTY;
        }
        if (source instanceof String s) {
            if (!given(encoding)) {
                throw PException.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, (String) encoding, given(errors) ? (String) errors : "strict");
        }
        if (given(encoding)) {
            throw PException.typeError("encoding without a string argument");
        }
        if (given(errors)) {
            throw PException.typeError("errors without a string argument");
        }
        return fromObject(source, bytearray);
    }

    @TruffleBoundary
    public static Object fromhex(Object cls, Object string) {
        if (!(string instanceof String s)) {
            throw PException.typeError("fromhex() argument must be str, not " + StrMethods.argTypeName(string));
        }
        Codecs.ByteSink out = new Codecs.ByteSink(s.length() / 2);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpaceByte(c)) {
                i++;
                continue;
            }
            int top = hexDigit(c);
            if (top < 0) {
                throw PException.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            i++;
            int bot = i < n ? hexDigit(s.charAt(i)) : -1;
            if (bot < 0) {
                throw PException.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            i++;
            out.add(top * 16 + bot);
        }
        byte[] data = out.toArray();
        if (cls == BuiltinTypes.BYTES) {
            return new PyBytes(data);
        } else if (cls == BuiltinTypes.BYTEARRAY) {
            return PyBytes.bytearray(data);
        }
        PyType t = (PyType) cls;
        return CallOps.call(t, t.isSubtypeOf(BuiltinTypes.BYTEARRAY) ? PyBytes.bytearray(data) : new PyBytes(data));
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    @TruffleBoundary
    public static String hex(PyBytes self, Object sepObj, Object perSepObj) {
        byte[] d = self.getStore();
        int n = self.length();
        char sep = 0;
        if (given(sepObj)) {
            if (sepObj instanceof String s) {
                if (s.length() != 1) {
                    throw PException.valueError("sep must be length 1.");
                }
                if (s.charAt(0) >= 128) {
                    throw PException.valueError("sep must be ASCII.");
                }
                sep = s.charAt(0);
            } else if (sepObj instanceof PyBytes b) {
                if (b.length() != 1) {
                    throw PException.valueError("sep must be length 1.");
                }
                if (b.getStore()[0] < 0) {
                    throw PException.valueError("sep must be ASCII.");
                }
                sep = (char) b.getStore()[0];
            } else {
                PyObjectOps.len(sepObj);
                throw PException.typeError("sep must be str or bytes.");
            }
        }
        long perSep = given(perSepObj) ? StrMethods.ssize(perSepObj) : 1;
        StringBuilder sb = new StringBuilder(n * 3);
        if (sep == 0 || perSep == 0 || n == 0) {
            for (int i = 0; i < n; i++) {
                appendHex(sb, d[i]);
            }
            return sb.toString();
        }
        long g = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                boolean boundary = perSep > 0 ? (n - i) % g == 0 : i % g == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            appendHex(sb, d[i]);
        }
        return sb.toString();
    }

    private static void appendHex(StringBuilder sb, byte b) {
        sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }

    @TruffleBoundary
    public static String decode(PyBytes self, Object encoding, Object errors) {
        String enc = "utf-8";
        if (given(encoding)) {
            if (!(encoding instanceof String s)) {
                throw PException.typeError("decode() argument 'encoding' must be str, not " + StrMethods.argTypeName(encoding));
            }
            enc = s;
        }
        String err = "strict";
        if (given(errors)) {
            if (!(errors instanceof String s)) {
                throw PException.typeError("decode() argument 'errors' must be str, not " + StrMethods.argTypeName(errors));
            }
            err = s;
        }
        return Codecs.decode(self.getStore(), self.length(), enc, err);
    }

    // ================================================================== operators

    @TruffleBoundary
    public static Object concat(PyBytes self, Object other) {
        byte[] o = bytesLikeOrNull(other);
        if (o == null) {
            PyType ot = PyObjectOps.type(other);
            if (!ot.isBuiltin() && ot.lookup("__radd__") != null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            throw PException.typeError("can't concat " + PyObjectOps.typeName(other) + " to " + PyObjectOps.typeName(self));
        }
        int n = self.length();
        byte[] out = Arrays.copyOf(self.getStore(), n + o.length);
        System.arraycopy(o, 0, out, n, o.length);
        return make(self, out);
    }

    @TruffleBoundary
    public static Object repeat(PyBytes self, Object countObj) {
        Object v = PyLong.isInt(countObj) ? countObj : PyObjectOps.indexOrNull(countObj);
        if (v == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        long count = SequenceOps.repeatCount(v);
        return make(self, repeatArray(self.getStore(), self.length(), count));
    }

    private static byte[] repeatArray(byte[] d, int n, long count) {
        if (count <= 0 || n == 0) {
            return EMPTY;
        }
        if (n * count > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        byte[] out = new byte[(int) (n * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(d, 0, out, i * n, n);
        }
        return out;
    }

    @TruffleBoundary
    public static Object compare(PyBytes self, Object other, int op) {
        byte[] o = bytesLikeOrNull(other);
        if (o == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        int c = Arrays.compareUnsigned(self.getStore(), 0, self.length(), o, 0, o.length);
        switch (op) {
            case PyObjectOps.LT:
                return c < 0;
            case PyObjectOps.LE:
                return c <= 0;
            case PyObjectOps.EQ:
                return c == 0;
            case PyObjectOps.NE:
                return c != 0;
            case PyObjectOps.GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    @TruffleBoundary
    public static boolean contains(PyBytes self, Object item) {
        byte[] sub;
        if (item instanceof PyBytes b) {
            sub = b.view();
        } else {
            Object v = PyObjectOps.indexOrNull(item);
            if (v == null) {
                throw PException.typeError("a bytes-like object is required, not '" + PyObjectOps.typeName(item) + "'");
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PException.valueError("byte must be in range(0, 256)");
            }
            sub = new byte[]{(byte) (long) l};
        }
        return indexOf(self.getStore(), self.length(), sub, 0, self.length()) >= 0;
    }

    @TruffleBoundary
    public static long hash(PyBytes self) {
        return PyHash.hashBytes(self.view());
    }

    // ================================================================== searching

    static int indexOf(byte[] d, int len, byte[] sub, int st, int en) {
        int n = sub.length;
        if (en > len) {
            en = len;
        }
        if (en - st < n) {
            return -1;
        }
        if (n == 0) {
            return st;
        }
        byte first = sub[0];
        outer: for (int i = st; i <= en - n; i++) {
            if (d[i] != first) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                if (d[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] d, byte[] sub, int st, int en) {
        int n = sub.length;
        if (en - st < n) {
            return -1;
        }
        outer: for (int i = en - n; i >= st; i--) {
            for (int k = 0; k < n; k++) {
                if (d[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @TruffleBoundary
    public static long find(PyBytes self, Object subObj, Object start, Object end, boolean reverse, boolean raise) {
        byte[] sub = subArg(subObj);
        int len = self.length();
        int st = StrMethods.adjustStart(start, len);
        int en = StrMethods.adjustEnd(end, len);
        int r = reverse ? lastIndexOf(self.getStore(), sub, st, en) : indexOf(self.getStore(), len, sub, st, en);
        if (r < 0 && raise) {
            throw PException.valueError("subsection not found");
        }
        return r;
    }

    @TruffleBoundary
    public static long count(PyBytes self, Object subObj, Object start, Object end) {
        byte[] sub = subArg(subObj);
        int len = self.length();
        int st = StrMethods.adjustStart(start, len);
        int en = StrMethods.adjustEnd(end, len);
        if (en - st < sub.length) {
            return 0;
        }
        if (sub.length == 0) {
            return en - st + 1;
        }
        long c = 0;
        int i = st;
        byte[] d = self.getStore();
        while (true) {
            int j = indexOf(d, en, sub, i, en);
            if (j < 0) {
                break;
            }
            c++;
            i = j + sub.length;
        }
        return c;
    }

    @TruffleBoundary
    public static boolean startsOrEndsWith(PyBytes self, Object prefix, Object start, Object end, boolean ends) {
        int len = self.length();
        int st = StrMethods.adjustStart(start, len);
        int en = StrMethods.adjustEnd(end, len);
        String name = ends ? "endswith" : "startswith";
        if (prefix instanceof PyBytes p) {
            return tailMatch(self.getStore(), p.view(), st, en, ends);
        }
        if (prefix instanceof PyTuple t) {
            for (Object o : t.getItems()) {
                if (tailMatch(self.getStore(), bytesArg(o), st, en, ends)) {
                    return true;
                }
            }
            return false;
        }
        throw PException.typeError(name + " first arg must be bytes or a tuple of bytes, not " + PyObjectOps.typeName(prefix));
    }

    private static boolean tailMatch(byte[] d, byte[] p, int st, int en, boolean ends) {
        int n = p.length;
        if (en - n < st) {
            return false;
        }
        int at = ends ? en - n : st;
        return Arrays.equals(d, at, at + n, p, 0, n);
    }

    // ================================================================== split, join, strip, replace

    static boolean isSpaceByte(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    private static long maxsplit(Object o) {
        if (!given(o)) {
            return Long.MAX_VALUE;
        }
        long m = StrMethods.ssize(o);
        return m < 0 ? Long.MAX_VALUE : m;
    }

    @TruffleBoundary
    public static PyList split(PyBytes self, Object sepObj, Object maxObj, boolean reverse) {
        long max = maxsplit(maxObj);
        byte[] d = self.getStore();
        int len = self.length();
        PyList out = new PyList();
        if (!given(sepObj) || sepObj == PyNone.NONE) {
            if (!reverse) {
                int i = 0;
                while (max-- > 0) {
                    while (i < len && isSpaceByte(d[i])) {
                        i++;
                    }
                    if (i == len) {
                        break;
                    }
                    int j = i;
                    i++;
                    while (i < len && !isSpaceByte(d[i])) {
                        i++;
                    }
                    out.append(make(self, Arrays.copyOfRange(d, j, i)));
                }
                if (i < len) {
                    while (i < len && isSpaceByte(d[i])) {
                        i++;
                    }
                    if (i != len) {
                        out.append(make(self, Arrays.copyOfRange(d, i, len)));
                    }
                }
                return out;
            }
            int i = len - 1;
            while (max-- > 0) {
                while (i >= 0 && isSpaceByte(d[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !isSpaceByte(d[i])) {
                    i--;
                }
                out.append(make(self, Arrays.copyOfRange(d, i + 1, j + 1)));
            }
            if (i >= 0) {
                while (i >= 0 && isSpaceByte(d[i])) {
                    i--;
                }
                if (i >= 0) {
                    out.append(make(self, Arrays.copyOfRange(d, 0, i + 1)));
                }
            }
            reverseList(out);
            return out;
        }
        byte[] sep = bytesArg(sepObj);
        int n = sep.length;
        if (n == 0) {
            throw PException.valueError("empty separator");
        }
        if (!reverse) {
            int i = 0;
            while (max-- > 0) {
                int j = indexOf(d, len, sep, i, len);
                if (j < 0) {
                    break;
                }
                out.append(make(self, Arrays.copyOfRange(d, i, j)));
                i = j + n;
            }
            out.append(make(self, Arrays.copyOfRange(d, i, len)));
            return out;
        }
        int j = len;
        while (max-- > 0) {
            int pos = lastIndexOf(d, sep, 0, j);
            if (pos < 0) {
                break;
            }
            out.append(make(self, Arrays.copyOfRange(d, pos + n, j)));
            j = pos;
        }
        out.append(make(self, Arrays.copyOfRange(d, 0, j)));
        reverseList(out);
        return out;
    }

    private static void reverseList(PyList l) {
        Object[] a = l.getStore();
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @TruffleBoundary
    public static PyList splitlines(PyBytes self, Object keependsObj) {
        boolean keepends = given(keependsObj) && StrMethods.intFlag(keependsObj);
        byte[] d = self.getStore();
        int len = self.length();
        PyList out = new PyList();
        int i = 0;
        while (i < len) {
            int j = i;
            while (i < len && d[i] != '\n' && d[i] != '\r') {
                i++;
            }
            int eol = i;
            if (i < len) {
                if (d[i] == '\r' && i + 1 < len && d[i + 1] == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.append(make(self, Arrays.copyOfRange(d, j, eol)));
        }
        return out;
    }

    @TruffleBoundary
    public static PyBytes join(PyBytes self, Object iterable) {
        Object[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.getItems();
        } else {
            PyType t = PyObjectOps.type(iterable);
            Object it = t.lookup("__iter__");
            if ((it == null || it == PyNone.NONE) && t.lookup("__getitem__") == null) {
                throw PException.typeError("can only join an iterable");
            }
            items = PyObjectOps.toArray(iterable);
        }
        byte[] sep = self.view();
        long total = (long) sep.length * Math.max(0, items.length - 1);
        byte[][] parts = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            byte[] b = bytesLikeOrNull(items[i]);
            if (b == null) {
                throw PException.typeError("sequence item " + i + ": expected a bytes-like object, " + PyObjectOps.typeName(items[i]) + " found");
            }
            parts[i] = b;
            total += b.length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        byte[] out = new byte[(int) total];
        int k = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(sep, 0, out, k, sep.length);
                k += sep.length;
            }
            System.arraycopy(parts[i], 0, out, k, parts[i].length);
            k += parts[i].length;
        }
        return make(self, out);
    }

    /** mode: 0 both, 1 left, 2 right. */
    @TruffleBoundary
    public static PyBytes strip(PyBytes self, Object chars, int mode) {
        byte[] d = self.getStore();
        int len = self.length();
        boolean[] set = null;
        if (given(chars) && chars != PyNone.NONE) {
            byte[] cs = bytesArg(chars);
            set = new boolean[256];
            for (byte c : cs) {
                set[c & 0xff] = true;
            }
        }
        int i = 0;
        int j = len;
        if (mode != 2) {
            while (i < j && (set == null ? isSpaceByte(d[i]) : set[d[i] & 0xff])) {
                i++;
            }
        }
        if (mode != 1) {
            while (j > i && (set == null ? isSpaceByte(d[j - 1]) : set[d[j - 1] & 0xff])) {
                j--;
            }
        }
        if (i == 0 && j == len && !self.isByteArray() && self.getPyType() == BuiltinTypes.BYTES) {
            return self;
        }
        return make(self, Arrays.copyOfRange(d, i, j));
    }

    @TruffleBoundary
    public static PyBytes replace(PyBytes self, Object oldObj, Object newObj, Object countObj) {
        byte[] old = bytesArg(oldObj);
        byte[] rep = bytesArg(newObj);
        long count = given(countObj) ? StrMethods.ssize(countObj) : -1;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        byte[] d = self.getStore();
        int len = self.length();
        Codecs.ByteSink out = new Codecs.ByteSink(len);
        if (old.length == 0) {
            long done = 0;
            for (int i = 0; i < len; i++) {
                if (done < count) {
                    out.addAll(rep, rep.length);
                    done++;
                }
                out.add(d[i]);
            }
            if (done < count) {
                out.addAll(rep, rep.length);
            }
            return make(self, out.toArray());
        }
        int i = 0;
        while (count-- > 0) {
            int j = indexOf(d, len, old, i, len);
            if (j < 0) {
                break;
            }
            out.addAll(d, i, j);
            out.addAll(rep, rep.length);
            i = j + old.length;
        }
        out.addAll(d, i, len);
        return make(self, out.toArray());
    }

    @TruffleBoundary
    public static PyTuple partition(PyBytes self, Object sepObj, boolean reverse) {
        byte[] sep = bytesArg(sepObj);
        if (sep.length == 0) {
            throw PException.valueError("empty separator");
        }
        byte[] d = self.getStore();
        int len = self.length();
        int i = reverse ? lastIndexOf(d, sep, 0, len) : indexOf(d, len, sep, 0, len);
        PyBytes empty = make(self, EMPTY);
        if (i < 0) {
            PyBytes whole = make(self, self.toArray());
            return reverse ? new PyTuple(new Object[]{empty, make(self, EMPTY), whole}) : new PyTuple(new Object[]{whole, empty, make(self, EMPTY)});
        }
        return new PyTuple(new Object[]{make(self, Arrays.copyOfRange(d, 0, i)), make(self, sep.clone()), make(self, Arrays.copyOfRange(d, i + sep.length, len))});
    }

    @TruffleBoundary
    public static PyBytes removeAffix(PyBytes self, Object affixObj, boolean suffix) {
        byte[] p = bytesArg(affixObj);
        byte[] d = self.getStore();
        int len = self.length();
        if (p.length > 0 && p.length <= len) {
            int at = suffix ? len - p.length : 0;
            if (Arrays.equals(d, at, at + p.length, p, 0, p.length)) {
                return make(self, suffix ? Arrays.copyOfRange(d, 0, at) : Arrays.copyOfRange(d, p.length, len));
            }
        }
        return make(self, self.toArray());
    }

    // ================================================================== padding, case

    /** kind: 0 center, 1 ljust, 2 rjust. */
    @TruffleBoundary
    public static PyBytes justify(PyBytes self, Object widthObj, Object fillObj, int kind) {
        long width = StrMethods.ssize(widthObj);
        byte fill = ' ';
        if (given(fillObj)) {
            if (!(fillObj instanceof PyBytes f) || f.length() != 1) {
                String name = kind == 0 ? "center" : kind == 1 ? "ljust" : "rjust";
                throw PException.typeError(name + "() argument 2 must be a byte string of length 1, not " + StrMethods.argTypeName(fillObj));
            }
            fill = f.getStore()[0];
        }
        int len = self.length();
        if (len >= width) {
            return make(self, self.toArray());
        }
        long marg = width - len;
        long left;
        if (kind == 0) {
            left = marg / 2 + (marg & width & 1);
        } else if (kind == 1) {
            left = 0;
        } else {
            left = marg;
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw PException.raise(BuiltinTypes.MEMORY_ERROR, new Object[0]);
        }
        byte[] out = new byte[(int) width];
        Arrays.fill(out, fill);
        System.arraycopy(self.getStore(), 0, out, (int) left, len);
        return make(self, out);
    }

    @TruffleBoundary
    public static PyBytes zfill(PyBytes self, Object widthObj) {
        long width = StrMethods.ssize(widthObj);
        int len = self.length();
        byte[] d = self.getStore();
        if (len >= width) {
            return make(self, self.toArray());
        }
        int fill = (int) (width - len);
        byte[] out = new byte[(int) width];
        Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(d, 0, out, fill, len);
        if (len > 0 && (d[0] == '+' || d[0] == '-')) {
            out[0] = d[0];
            out[fill] = '0';
        }
        return make(self, out);
    }

    @TruffleBoundary
    public static PyBytes expandtabs(PyBytes self, Object tabsizeObj) {
        long tabsize = given(tabsizeObj) ? StrMethods.ssize(tabsizeObj) : 8;
        byte[] d = self.getStore();
        int len = self.length();
        Codecs.ByteSink out = new Codecs.ByteSink(len + 16);
        long col = 0;
        for (int i = 0; i < len; i++) {
            byte c = d[i];
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        out.add(' ');
                    }
                }
            } else {
                col++;
                out.add(c);
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return make(self, out.toArray());
    }

    private static boolean isLowerByte(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpperByte(int c) {
        return c >= 'A' && c <= 'Z';
    }

    /** op: 0 upper, 1 lower, 2 swapcase, 3 capitalize, 4 title. */
    @TruffleBoundary
    public static PyBytes caseOp(PyBytes self, int op) {
        byte[] d = self.toArray();
        boolean prevCased = false;
        for (int i = 0; i < d.length; i++) {
            int c = d[i];
            boolean lo = isLowerByte(c);
            boolean up = isUpperByte(c);
            switch (op) {
                case 0:
                    if (lo) {
                        d[i] = (byte) (c - 32);
                    }
                    break;
                case 1:
                    if (up) {
                        d[i] = (byte) (c + 32);
                    }
                    break;
                case 2:
                    if (lo) {
                        d[i] = (byte) (c - 32);
                    } else if (up) {
                        d[i] = (byte) (c + 32);
                    }
                    break;
                case 3:
                    if (i == 0 && lo) {
                        d[i] = (byte) (c - 32);
                    } else if (i > 0 && up) {
                        d[i] = (byte) (c + 32);
                    }
                    break;
                default:
                    if (prevCased && up) {
                        d[i] = (byte) (c + 32);
                    } else if (!prevCased && lo) {
                        d[i] = (byte) (c - 32);
                    }
                    prevCased = lo || up;
                    break;
            }
        }
        return make(self, d);
    }

    /** kind: 0 isdigit, 1 isalpha, 2 isalnum, 3 isspace, 4 isascii, 5 islower, 6 isupper, 7 istitle. */
    @TruffleBoundary
    public static boolean predicate(PyBytes self, int kind) {
        byte[] d = self.getStore();
        int len = self.length();
        switch (kind) {
            case 4:
                for (int i = 0; i < len; i++) {
                    if (d[i] < 0) {
                        return false;
                    }
                }
                return true;
            case 5:
            case 6: {
                boolean cased = false;
                for (int i = 0; i < len; i++) {
                    if (kind == 5 ? isUpperByte(d[i]) : isLowerByte(d[i])) {
                        return false;
                    }
                    if (kind == 5 ? isLowerByte(d[i]) : isUpperByte(d[i])) {
                        cased = true;
                    }
                }
                return cased;
            }
            case 7: {
                boolean cased = false;
                boolean prev = false;
                for (int i = 0; i < len; i++) {
                    int c = d[i];
                    if (isUpperByte(c)) {
                        if (prev) {
                            return false;
                        }
                        prev = true;
                        cased = true;
                    } else if (isLowerByte(c)) {
                        if (!prev) {
                            return false;
                        }
                        prev = true;
                        cased = true;
                    } else {
                        prev = false;
                    }
                }
                return cased;
            }
            default:
                break;
        }
        if (len == 0) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            int c = d[i];
            boolean digit = c >= '0' && c <= '9';
            boolean alpha = isLowerByte(c) || isUpperByte(c);
            boolean ok = switch (kind) {
                case 0 -> digit;
                case 1 -> alpha;
                case 2 -> digit || alpha;
                default -> isSpaceByte(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // ================================================================== translate

    @TruffleBoundary
    public static PyBytes translate(PyBytes self, Object table, Object delete) {
        byte[] t = null;
        if (table != PyNone.NONE) {
            t = bytesArg(table);
            if (t.length != 256) {
                throw PException.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] del = new boolean[256];
        if (given(delete)) {
            for (byte b : bytesArg(delete)) {
                del[b & 0xff] = true;
            }
        }
        byte[] d = self.getStore();
        int len = self.length();
        Codecs.ByteSink out = new Codecs.ByteSink(len);
        for (int i = 0; i < len; i++) {
            int c = d[i] & 0xff;
            if (del[c]) {
                continue;
            }
            out.add(t == null ? c : t[c]);
        }
        return make(self, out.toArray());
    }

    @TruffleBoundary
    public static PyBytes maketrans(Object frm, Object to) {
        byte[] f = bytesArg(frm);
        byte[] t = bytesArg(to);
        if (f.length != t.length) {
            throw PException.valueError("maketrans arguments must have same length");
        }
        byte[] out = new byte[256];
        for (int i = 0; i < 256; i++) {
            out[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            out[f[i] & 0xff] = t[i];
        }
        return new PyBytes(out);
    }

    // ================================================================== %-formatting

    @TruffleBoundary
    public static PyBytes percentFormat(PyBytes self, Object args) {
        byte[] fmt = self.view();
        int n = fmt.length;
        Object[] argv;
        Object mapping = null;
        if (args instanceof PyTuple t) {
            argv = t.getItems();
        } else {
            argv = new Object[]{args};
            if (!(args instanceof PyBytes) && !(args instanceof String) && !(args instanceof PyList) && PyObjectOps.type(args).lookup("__getitem__") != null) {
                mapping = args;
            }
        }
        Codecs.ByteSink out = new Codecs.ByteSink(n + 16);
        int argIndex = 0;
        boolean usedMapping = false;
        int i = 0;
        while (i < n) {
            byte c = fmt[i];
            if (c != '%') {
                out.add(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PException.valueError("incomplete format");
            }
            Object value = null;
            if (fmt[i] == '(') {
                if (mapping == null) {
                    throw PException.typeError("format requires a mapping");
                }
                int depth = 1;
                int ks = i + 1;
                i++;
                while (i < n && depth > 0) {
                    if (fmt[i] == '(') {
                        depth++;
                    } else if (fmt[i] == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PException.valueError("incomplete format key");
                }
                value = PyObjectOps.getItem(mapping, new PyBytes(Arrays.copyOfRange(fmt, ks, i - 1)));
                usedMapping = true;
            }
            StringBuilder flags = new StringBuilder();
            boolean left = false;
            while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
                if (fmt[i] == '-') {
                    left = true;
                }
                flags.append((char) fmt[i]);
                i++;
            }
            long width = -1;
            if (i < n && fmt[i] == '*') {
                if (argIndex >= argv.length) {
                    throw PException.typeError("not enough arguments for format string");
                }
                Object w = argv[argIndex++];
                if (!(w instanceof Long wl)) {
                    throw PException.typeError("* wants int");
                }
                width = wl;
                if (width < 0) {
                    left = true;
                    flags.append('-');
                    width = -width;
                }
                i++;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    width = Math.max(width, 0) * 10 + (fmt[i] - '0');
                    i++;
                }
            }
            long prec = -1;
            if (i < n && fmt[i] == '.') {
                i++;
                prec = 0;
                if (i < n && fmt[i] == '*') {
                    if (argIndex >= argv.length) {
                        throw PException.typeError("not enough arguments for format string");
                    }
                    Object p = argv[argIndex++];
                    if (!(p instanceof Long pl)) {
                        throw PException.typeError("* wants int");
                    }
                    prec = Math.max(0, pl);
                    i++;
                } else {
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        prec = prec * 10 + (fmt[i] - '0');
                        i++;
                    }
                }
            }
            while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PException.valueError("incomplete format");
            }
            char conv = (char) (fmt[i] & 0xff);
            int convIndex = i;
            i++;
            if (conv == '%') {
                out.add('%');
                continue;
            }
            if (value == null) {
                if (argIndex >= argv.length) {
                    throw PException.typeError("not enough arguments for format string");
                }
                value = argv[argIndex++];
            }
            byte[] piece;
            switch (conv) {
                case 's':
                case 'b': {
                    byte[] b = bytesLikeOrNull(value);
                    if (b == null) {
                        Object m = PyObjectOps.type(value).lookup("__bytes__");
                        if (m == null || m == PyNone.NONE) {
                            throw PException.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + PyObjectOps.typeName(value) + "'");
                        }
                        Object r = CallOps.callUnbound(m, value, new Object[0], CallOps.NO_KW);
                        b = bytesArg(r);
                    }
                    piece = prec >= 0 && prec < b.length ? Arrays.copyOf(b, (int) prec) : b;
                    break;
                }
                case 'r':
                case 'a': {
                    String r = PyStrOps.asciiEscape(PyObjectOps.repr(value));
                    if (prec >= 0 && prec < r.length()) {
                        r = r.substring(0, (int) prec);
                    }
                    piece = r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                    break;
                }
                case 'c': {
                    if (value instanceof PyBytes vb) {
                        if (vb.length() != 1) {
                            throw PException.typeError("%c requires an integer in range(256) or a single byte");
                        }
                        piece = new byte[]{vb.getStore()[0]};
                    } else {
                        Object v = PyObjectOps.indexOrNull(value);
                        if (v == null) {
                            throw PException.typeError("%c requires an integer in range(256) or a single byte");
                        }
                        if (!(v instanceof Long l) || l < 0 || l > 255) {
                            throw PException.overflow("%c arg not in range(256)");
                        }
                        piece = new byte[]{(byte) (long) l};
                    }
                    break;
                }
                case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G': {
                    StringBuilder spec = new StringBuilder("%").append(flags);
                    if (width >= 0) {
                        spec.append(width);
                    }
                    if (prec >= 0) {
                        spec.append('.').append(prec);
                    }
                    spec.append(conv);
                    String r = StringFormatter.percentFormat(spec.toString(), PyTuple.of(value));
                    out.addAscii(r);
                    continue;
                }
                default:
                    throw PException.valueError(String.format("unsupported format character '%c' (0x%x) at index %d", conv < 128 ? conv : '?', (int) conv, convIndex));
            }
            long pad = width - piece.length;
            if (pad > 0 && !left) {
                for (long k = 0; k < pad; k++) {
                    out.add(' ');
                }
            }
            out.addAll(piece, piece.length);
            if (pad > 0 && left) {
                for (long k = 0; k < pad; k++) {
                    out.add(' ');
                }
            }
        }
        if (argIndex < argv.length && !usedMapping) {
            throw PException.typeError("not all arguments converted during bytes formatting");
        }
        return make(self, out.toArray());
    }

    // ================================================================== bytearray mutation

    private static void ensureCapacity(PyBytes self, int cap) {
        byte[] d = self.getStore();
        if (cap > d.length) {
            self.setStore(Arrays.copyOf(d, Math.max(cap, d.length + (d.length >> 1) + 8)), self.length());
        }
    }

    @TruffleBoundary
    public static void append(PyBytes self, Object item) {
        int v = byteValue(item);
        int n = self.length();
        ensureCapacity(self, n + 1);
        self.getStore()[n] = (byte) v;
        self.setStore(self.getStore(), n + 1);
    }

    @TruffleBoundary
    public static void appendAll(PyBytes self, byte[] b) {
        int n = self.length();
        ensureCapacity(self, n + b.length);
        System.arraycopy(b, 0, self.getStore(), n, b.length);
        self.setStore(self.getStore(), n + b.length);
    }

    @TruffleBoundary
    public static void extend(PyBytes self, Object iterable) {
        if (iterable instanceof PyBytes b) {
            appendAll(self, b.toArray());
            return;
        }
        PyType t = PyObjectOps.type(iterable);
        Object it = t.lookup("__iter__");
        if (!(iterable instanceof PyList || iterable instanceof PyTuple) && (it == null || it == PyNone.NONE) && t.lookup("__getitem__") == null) {
            throw PException.typeError("can't extend bytearray with " + t.getName());
        }
        Object[] items = PyObjectOps.toArray(iterable);
        byte[] add = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            add[i] = (byte) byteValue(items[i]);
        }
        appendAll(self, add);
    }

    @TruffleBoundary
    public static long pop(PyBytes self, Object indexObj) {
        int n = self.length();
        long i = given(indexObj) ? StrMethods.ssize(indexObj) : -1;
        if (n == 0) {
            throw PException.indexError("pop from empty bytearray");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("pop index out of range");
        }
        byte[] d = self.getStore();
        int v = d[(int) i] & 0xff;
        System.arraycopy(d, (int) i + 1, d, (int) i, n - (int) i - 1);
        self.setStore(d, n - 1);
        return v;
    }

    @TruffleBoundary
    public static void insert(PyBytes self, Object indexObj, Object item) {
        long i = StrMethods.ssize(indexObj);
        int v = byteValue(item);
        int n = self.length();
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        } else if (i > n) {
            i = n;
        }
        ensureCapacity(self, n + 1);
        byte[] d = self.getStore();
        System.arraycopy(d, (int) i, d, (int) i + 1, n - (int) i);
        d[(int) i] = (byte) v;
        self.setStore(d, n + 1);
    }

    @TruffleBoundary
    public static void remove(PyBytes self, Object item) {
        int v = byteValue(item);
        byte[] d = self.getStore();
        int n = self.length();
        for (int i = 0; i < n; i++) {
            if ((d[i] & 0xff) == v) {
                System.arraycopy(d, i + 1, d, i, n - i - 1);
                self.setStore(d, n - 1);
                return;
            }
        }
        throw PException.valueError("value not found in bytearray");
    }

    @TruffleBoundary
    public static void reverse(PyBytes self) {
        byte[] d = self.getStore();
        for (int i = 0, j = self.length() - 1; i < j; i++, j--) {
            byte t = d[i];
            d[i] = d[j];
            d[j] = t;
        }
    }

    @TruffleBoundary
    public static void setItem(PyBytes self, Object key, Object value) {
        int n = self.length();
        if (key instanceof PySlice sl) {
            byte[] src;
            if (value instanceof PyBytes vb) {
                src = vb.toArray();
            } else if (value instanceof String || PyLong.isInt(value) || value == PyNone.NONE) {
                throw PException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                PyType t = PyObjectOps.type(value);
                Object it = t.lookup("__iter__");
                if (!(value instanceof PyList || value instanceof PyTuple) && (it == null || it == PyNone.NONE) && t.lookup("__getitem__") == null) {
                    throw PException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                Object[] items = PyObjectOps.toArray(value);
                src = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    src[i] = (byte) byteValue(items[i]);
                }
            }
            SubscriptOps.SliceInfo si = SubscriptOps.sliceIndices(sl, n);
            byte[] d = self.getStore();
            if (si.step() == 1) {
                int start = (int) si.start();
                int stop = Math.max(start, (int) si.stop());
                int newLen = n - (stop - start) + src.length;
                byte[] nd = new byte[Math.max(newLen, d.length)];
                System.arraycopy(d, 0, nd, 0, start);
                System.arraycopy(src, 0, nd, start, src.length);
                System.arraycopy(d, stop, nd, start + src.length, n - stop);
                self.setStore(nd, newLen);
                return;
            }
            if (src.length != si.length()) {
                throw PException.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + si.length());
            }
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                d[(int) j] = src[i];
            }
            return;
        }
        long i = SubscriptOps.indexValue(key, "bytearray");
        int v = byteValue(value);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("bytearray index out of range");
        }
        self.getStore()[(int) i] = (byte) v;
    }

    @TruffleBoundary
    public static void delItem(PyBytes self, Object key) {
        int n = self.length();
        byte[] d = self.getStore();
        if (key instanceof PySlice sl) {
            SubscriptOps.SliceInfo si = SubscriptOps.sliceIndices(sl, n);
            if (si.length() == 0) {
                return;
            }
            boolean[] remove = new boolean[n];
            long j = si.start();
            for (int i = 0; i < si.length(); i++, j += si.step()) {
                remove[(int) j] = true;
            }
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!remove[i]) {
                    d[k++] = d[i];
                }
            }
            self.setStore(d, k);
            return;
        }
        long i = SubscriptOps.indexValue(key, "bytearray");
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PException.indexError("bytearray index out of range");
        }
        System.arraycopy(d, (int) i + 1, d, (int) i, n - (int) i - 1);
        self.setStore(d, n - 1);
    }

    @TruffleBoundary
    public static Object iadd(PyBytes self, Object other) {
        byte[] o = bytesLikeOrNull(other);
        if (o == null) {
            PyType ot = PyObjectOps.type(other);
            if (!ot.isBuiltin() && ot.lookup("__radd__") != null) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            throw PException.typeError("can't concat " + PyObjectOps.typeName(other) + " to " + kind(self));
        }
        if (other == self) {
            // CPython holds a buffer export of the operand while resizing
            throw PException.raise(BuiltinTypes.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
        appendAll(self, o);
        return self;
    }

    @TruffleBoundary
    public static Object imul(PyBytes self, Object countObj) {
        Object v = PyLong.isInt(countObj) ? countObj : PyObjectOps.indexOrNull(countObj);
        if (v == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        long count = SequenceOps.repeatCount(v);
        byte[] r = repeatArray(self.getStore(), self.length(), count);
        self.setStore(r, r.length);
        return self;
    }
}
