package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExprNode;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyStrOps;
import org.minipy.runtime.StringFormatter;

/** f-strings. */
public final class StringNodes {
    private StringNodes() {
    }

    /** One replacement field: value, optional conversion ('s', 'r', 'a') and format spec. */
    public static final class FormatValueNode extends ExprNode {
        @Child private ExprNode value;
        @Child private ExprNode spec;
        private final int conversion;

        public FormatValueNode(ExprNode value, int conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            String s = spec == null ? "" : (String) spec.execute(frame);
            return format(v, conversion, s);
        }

        @TruffleBoundary
        private static String format(Object v, int conversion, String spec) {
            Object x = v;
            switch (conversion) {
                case 's':
                    x = PyObjectOps.str(v);
                    break;
                case 'r':
                    x = PyObjectOps.repr(v);
                    break;
                case 'a':
                    x = PyStrOps.asciiEscape(PyObjectOps.repr(v));
                    break;
                default:
                    if (spec.isEmpty()) {
                        if (v instanceof String s) {
                            return s;
                        }
                        if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
                            return PyObjectOps.str(v);
                        }
                    }
                    break;
            }
            return StringFormatter.format(x, spec);
        }
    }

    public static final class JoinedStrNode extends ExprNode {
        @Children private final ExprNode[] parts;

        public JoinedStrNode(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            String[] values = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = (String) parts[i].execute(frame);
            }
            return join(values);
        }

        @TruffleBoundary
        private static String join(String[] values) {
            int n = 0;
            for (String s : values) {
                n += s.length();
            }
            StringBuilder sb = new StringBuilder(n);
            for (String s : values) {
                sb.append(s);
            }
            return sb.toString();
        }
    }
}
