package org.minipy.builtins;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.language.Compiler;
import org.minipy.language.MiniPyLanguage;
import org.minipy.language.PythonContext;
import org.minipy.nodes.PyRootNode;
import org.minipy.nodes.StmtNode;
import org.minipy.nodes.expression.ConstantNodes;
import org.minipy.nodes.expression.FunctionNodes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.CallOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBuiltinFunction;
import org.minipy.runtime.PyClassMethod;
import org.minipy.runtime.PyCode;
import org.minipy.runtime.PyFunction;
import org.minipy.runtime.PyGenerator;
import org.minipy.runtime.PyMethod;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyProperty;
import org.minipy.runtime.PyTextIO;
import org.minipy.runtime.PyType;

/**
 * The {@code dis} module. minipy has no bytecode: {@code dis.dis(x)} prints the lowered form of a
 * function, method, class, code object or source string instead, the Truffle node tree with the line
 * of each node, one node per line, indented by depth. It never fails: what cannot be shown is named.
 */
@CoreFunctions(module = "dis")
public final class DisModule {
    private DisModule() {
    }

    @Builtin(name = "dis", params = {"x"}, required = 0, kwonly = {"file", "depth", "show_caches", "adaptive"})
    @GenerateNodeFactory
    public abstract static class DisNode extends PyBuiltinNode.BuiltinN {
        @Specialization
        @TruffleBoundary
        Object dis(Object[] args) {
            Object x = args[0];
            Object file = args[1];
            StringBuilder sb = new StringBuilder();
            try {
                disassemble(sb, BuiltinFunctions.given(x) ? x : PyNone.NONE, 0);
            } catch (PException e) {
                sb.append("<dis: ").append(e.getMessage()).append(">\n");
            } catch (RuntimeException e) {
                sb.append("<dis: cannot show ").append(e.getClass().getSimpleName()).append(">\n");
            }
            write(PythonContext.get(this), file, sb.toString());
            return PyNone.NONE;
        }
    }

    @Builtin(name = "code_info", params = {"x"})
    @GenerateNodeFactory
    public abstract static class CodeInfoNode extends PyBuiltinNode.Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object codeInfo(Object x) {
            PyCode c = codeOf(x);
            if (c == null) {
                throw PException.typeError("don't know how to disassemble " + PyObjectOps.typeName(x) + " objects");
            }
            StringBuilder sb = new StringBuilder();
            sb.append("Name:              ").append(c.name).append('\n');
            sb.append("Filename:          ").append(c.filename).append('\n');
            sb.append("Argument count:    ").append(c.argcount).append('\n');
            sb.append("Positional-only arguments: ").append(c.posonlyargcount).append('\n');
            sb.append("Kw-only arguments: ").append(c.kwonlyargcount).append('\n');
            sb.append("Number of locals:  ").append(c.varnames.length).append('\n');
            sb.append("Flags:             ").append(flagNames(c.flags)).append('\n');
            appendNames(sb, "Variable names", c.varnames);
            appendNames(sb, "Free variables", c.freevars);
            appendNames(sb, "Cell variables", c.cellvars);
            return sb.toString().stripTrailing();
        }
    }

    @Builtin(name = "show_code", params = {"co"}, kwonly = {"file"})
    @GenerateNodeFactory
    public abstract static class ShowCodeNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        Object showCode(Object co, Object file) {
            write(PythonContext.get(this), file, CodeInfoNode.codeInfo(co) + "\n");
            return PyNone.NONE;
        }
    }

    static void appendNames(StringBuilder sb, String title, String[] names) {
        if (names.length == 0) {
            return;
        }
        sb.append(title).append(":\n");
        for (int i = 0; i < names.length; i++) {
            sb.append(String.format("%6d: %s%n", i, names[i]));
        }
    }

    static String flagNames(int flags) {
        String[] names = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED", "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                out.add(names[i]);
            }
        }
        return out.isEmpty() ? "0x0" : String.join(", ", out);
    }

    @TruffleBoundary
    static void write(PythonContext ctx, Object file, String text) {
        Object out = BuiltinFunctions.given(file) && file != PyNone.NONE ? file : ctx.getSysModule().getDict().getItemStr("stdout");
        if (out instanceof PyTextIO t) {
            t.write(text);
        } else if (out != null) {
            CallOps.call(PyObjectOps.getAttr(out, "write"), text);
        }
    }

    @TruffleBoundary
    static PyCode codeOf(Object x) {
        if (x instanceof PyCode c) {
            return c;
        } else if (x instanceof PyFunction f) {
            return f.getCode();
        } else if (x instanceof PyMethod m) {
            return codeOf(m.getFunction());
        } else if (x instanceof PyGenerator g) {
            return g.getCode();
        } else if (x instanceof PyClassMethod cm) {
            return codeOf(cm.getCallable());
        }
        return null;
    }

    @TruffleBoundary
    static void disassemble(StringBuilder sb, Object x, int level) {
        if (x == PyNone.NONE) {
            sb.append("<dis: no traceback to disassemble>\n");
            return;
        }
        if (x instanceof String src) {
            PyCode code = Compiler.compileModule(MiniPyLanguage.get(null), Source.newBuilder(MiniPyLanguage.ID, src, "<dis>").build(), "exec");
            disCode(sb, code, false);
            return;
        }
        if (x instanceof PyType t) {
            boolean first = true;
            for (Object k : t.getDict().keysArray()) {
                Object v = t.getDict().getItem(k);
                if (v instanceof PyProperty p) {
                    v = p.fget;
                }
                PyCode c = codeOf(v);
                if (c != null) {
                    if (!first) {
                        sb.append('\n');
                    }
                    first = false;
                    sb.append("Disassembly of ").append(k).append(":\n");
                    disCode(sb, c, false);
                }
            }
            return;
        }
        PyCode code = codeOf(x);
        if (code != null) {
            disCode(sb, code, false);
            return;
        }
        if (x instanceof PyBuiltinFunction b) {
            sb.append("<dis: ").append(b.getName()).append(" is a builtin implemented in Java>\n");
            return;
        }
        throw PException.typeError("don't know how to disassemble " + PyObjectOps.typeName(x) + " objects");
    }

    @TruffleBoundary
    static void disCode(StringBuilder sb, PyCode code, boolean nested) {
        RootNode root = code.getCallTarget().getRootNode();
        List<PyCode> inner = new ArrayList<>();
        sb.append(String.format("%4s  %s %s(%s)%s%n", code.firstlineno, kind(code), code.qualname, String.join(", ", params(code)), flagsSuffix(code)));
        if (code.isGenerator() && code.getResumeTarget() != null) {
            dumpChildren(sb, code.getResumeTarget().getRootNode(), 1, inner);
        } else {
            dumpChildren(sb, root, 1, inner);
        }
        for (PyCode c : inner) {
            sb.append("\nDisassembly of <code object ").append(c.name).append(" at ").append(PyObjectOps.addressOf(c)).append(", file \"").append(c.filename).append("\", line ").append(
                            c.firstlineno).append(">:\n");
            disCode(sb, c, true);
        }
    }

    private static String kind(PyCode code) {
        if (code.name.equals("<module>")) {
            return "module";
        }
        return code.isGenerator() ? "generator" : "function";
    }

    private static String flagsSuffix(PyCode code) {
        return "";
    }

    private static List<String> params(PyCode code) {
        List<String> out = new ArrayList<>();
        int n = code.signature == null ? 0 : code.signature.boundCount();
        for (int i = 0; i < n && i < code.varnames.length; i++) {
            out.add(code.varnames[i]);
        }
        return out;
    }

    private static void dumpChildren(StringBuilder sb, Node node, int depth, List<PyCode> inner) {
        for (Node child : node.getChildren()) {
            dump(sb, child, depth, inner);
        }
    }

    private static void dump(StringBuilder sb, Node node, int depth, List<PyCode> inner) {
        String name = nodeName(node);
        if (name == null) {
            dumpChildren(sb, node, depth, inner);
            return;
        }
        int line = -1;
        if (node instanceof StmtNode s && s.hasSourceRange()) {
            SourceSection ss = s.getSourceSection();
            if (ss != null) {
                line = ss.getStartLine();
            }
        }
        sb.append(String.format("%4s  %s%s%s%n", line > 0 ? String.valueOf(line) : "", "  ".repeat(depth), name, detail(node, inner)));
        dumpChildren(sb, node, depth + 1, inner);
    }

    /** A readable name for a node, or null for plumbing nodes that are not shown. */
    private static String nodeName(Node node) {
        String n = node.getClass().getSimpleName();
        if (n.endsWith("NodeGen")) {
            n = n.substring(0, n.length() - 7);
        } else if (n.endsWith("Gen")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith("Node")) {
            n = n.substring(0, n.length() - 4);
        }
        if (n.contains("Uncached") || n.isEmpty() || node.getClass().getName().startsWith("com.oracle.truffle")) {
            return null;
        }
        if (n.equals("IsTrue") || n.equals("Prologue") || n.equals("BindArguments") || n.startsWith("Inlined")) {
            return null;
        }
        return n;
    }

    private static String detail(Node node, List<PyCode> inner) {
        if (node instanceof ConstantNodes.ObjectConstantNode c) {
            return " " + safeRepr(c.getValue());
        }
        if (node instanceof FunctionNodes.MakeFunctionNode mf) {
            PyCode c = mf.getCode();
            inner.add(c);
            return " <code " + c.qualname + ">";
        }
        StringBuilder sb = new StringBuilder();
        for (Class<?> k = node.getClass(); k != null && k != Node.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                String fn = f.getName();
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (fn.equals("name") || fn.equals("value") && f.getType().isPrimitive() || fn.equals("slot") || fn.equals("attr")) {
                    try {
                        f.setAccessible(true);
                        Object v = f.get(node);
                        if (fn.equals("slot")) {
                            Object slotName = slotName(node, (Integer) v);
                            if (slotName != null && !sb.toString().endsWith(" " + slotName)) {
                                sb.append(' ').append(slotName);
                            }
                        } else {
                            sb.append(' ').append(v instanceof String s ? s : String.valueOf(v));
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // not shown
                    }
                }
            }
        }
        return sb.toString();
    }

    private static Object slotName(Node node, int slot) {
        RootNode root = node.getRootNode();
        if (root instanceof PyRootNode && slot >= 0 && slot < root.getFrameDescriptor().getNumberOfSlots()) {
            return root.getFrameDescriptor().getSlotName(slot);
        }
        return null;
    }

    private static String safeRepr(Object o) {
        try {
            String r = PyObjectOps.repr(o);
            return r.length() > 60 ? r.substring(0, 57) + "..." : r;
        } catch (PException e) {
            return "<" + PyObjectOps.typeName(o) + ">";
        }
    }

    static Object unused() {
        return NodeUtil.class.getName() + BuiltinTypes.OBJECT;
    }
}
