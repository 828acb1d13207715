package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExprNode;
import org.minipy.nodes.PArguments;
import org.minipy.nodes.StmtNode;
import org.minipy.runtime.ImportOps;

/** import statements. */
public final class ImportNodes {
    private ImportNodes() {
    }

    /** Evaluates to the module (the top package for {@code import a.b}, the leaf with {@code as}). */
    public static final class ImportNameNode extends ExprNode {
        private final String name;
        private final boolean leaf;
        private final int level;

        public ImportNameNode(String name, boolean leaf, int level) {
            this.name = name;
            this.leaf = leaf;
            this.level = level;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return doImport(PArguments.getGlobals(frame));
        }

        @TruffleBoundary
        private Object doImport(org.minipy.runtime.PyDict globals) {
            if (leaf) {
                return ImportOps.importModule(ImportOps.resolveName(name, globals, level));
            }
            return ImportOps.importName(name, globals, false, level);
        }
    }

    /** {@code from module import name}: evaluates to the attribute (or submodule). */
    public static final class ImportFromNode extends ExprNode {
        @Child private ExprNode module;
        private final String name;

        public ImportFromNode(ExprNode module, String name) {
            this.module = module;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return ImportOps.importFrom(module.execute(frame), name);
        }
    }

    public static final class ImportStarNode extends StmtNode {
        @Child private ExprNode module;

        public ImportStarNode(ExprNode module) {
            this.module = module;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ImportOps.importStar(module.execute(frame), PArguments.getSpecial(frame), PArguments.getGlobals(frame));
        }
    }
}
