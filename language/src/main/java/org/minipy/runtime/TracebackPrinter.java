package org.minipy.runtime;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

/** Formats exceptions and tracebacks as CPython's default excepthook and traceback module do. */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    @TruffleBoundary
    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(sb, exc, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void formatChain(StringBuilder sb, PyBaseException exc, IdentityHashMap<Object, Object> seen) {
        seen.put(exc, exc);
        Object cause = exc.getCause();
        Object context = exc.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            formatChain(sb, c, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyBaseException c && !exc.getSuppressContext() && !seen.containsKey(c)) {
            formatChain(sb, c, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatSingle(sb, exc);
    }

    private static void formatSingle(StringBuilder sb, PyBaseException exc) {
        PyTraceback tb = exc.getTraceback();
        if (tb != null) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(sb, tb);
        }
        sb.append(formatExceptionOnly(exc));
    }

    @TruffleBoundary
    public static void formatEntries(StringBuilder sb, PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int repeat = 0;
        for (PyTraceback t = tb; t != null; t = t.getNext()) {
            PyCode code = t.getFrame().getCode();
            String file = code.filename;
            int line = t.getLineno();
            String name = code.name;
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                repeat++;
                if (repeat >= 3) {
                    continue;
                }
            } else {
                if (repeat >= 3) {
                    int more = repeat - 2;
                    sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
                }
                repeat = 0;
            }
            lastFile = file;
            lastLine = line;
            lastName = name;
            sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
            // like linecache, no line for code whose file name is not a file ("<string>", "<stdin>")
            String text = file.startsWith("<") && file.endsWith(">") ? null : sourceLine(code.source, line);
            if (text != null && !text.isBlank()) {
                sb.append("    ").append(text.strip()).append('\n');
            }
        }
        if (repeat >= 3) {
            int more = repeat - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    @TruffleBoundary
    public static String sourceLine(Source source, int line) {
        if (source == null || line < 1) {
            return null;
        }
        try {
            if (line > source.getLineCount()) {
                return null;
            }
            return source.getCharacters(line).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The last line(s): "TypeError: message", with the SyntaxError location block when applicable. */
    @TruffleBoundary
    public static String formatExceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        PyType type = exc.getPyType();
        String typeName = type.getQualname();
        String mod = type.getModuleName();
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) {
            typeName = mod + "." + typeName;
        }
        if (type.isSubtypeOf(BuiltinTypes.SYNTAX_ERROR)) {
            Object filename = InstanceAttrs.get(exc, "filename");
            Object lineno = InstanceAttrs.get(exc, "lineno");
            Object text = InstanceAttrs.get(exc, "text");
            Object offset = InstanceAttrs.get(exc, "offset");
            Object endOffset = InstanceAttrs.get(exc, "end_offset");
            Object msg = InstanceAttrs.get(exc, "msg");
            if (filename instanceof String || lineno instanceof Long) {
                sb.append("  File \"").append(filename instanceof String f ? f : "<string>").append("\", line ").append(lineno).append('\n');
            }
            if (text instanceof String t) {
                String line = t;
                int nl = line.indexOf('\n');
                if (nl >= 0 && nl < line.length() - 1) {
                    line = line.substring(0, nl + 1);
                }
                line = line.replaceAll("[\\r\\n]+$", "");
                int lead = 0;
                while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t' || line.charAt(lead) == '\f')) {
                    lead++;
                }
                String stripped = line.substring(lead);
                sb.append("    ").append(stripped).append('\n');
                if (offset instanceof Long off && off >= 1) {
                    long start = off - 1 - lead;
                    long end = endOffset instanceof Long eo && eo > off ? eo - 1 - lead : start + 1;
                    if (start < 0) {
                        start = 0;
                    }
                    if (end > stripped.length()) {
                        end = Math.max(start + 1, stripped.length());
                    }
                    if (end <= start) {
                        end = start + 1;
                    }
                    sb.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) (end - start))).append('\n');
                }
            }
            sb.append(typeName).append(": ").append(msg instanceof String m ? m : PyObjectOps.str(msg)).append('\n');
            return sb.toString();
        }
        String str;
        try {
            str = PyObjectOps.str(exc);
        } catch (PException e) {
            str = "<exception str() failed>";
        }
        if (str.isEmpty()) {
            sb.append(typeName).append('\n');
        } else {
            sb.append(typeName).append(": ").append(str).append('\n');
        }
        return sb.toString();
    }
}
