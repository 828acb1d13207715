package org.minipy.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;

import org.minipy.nodes.ExprNode;

/** An expression with two operands evaluated left to right. */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends ExprNode {
    public abstract ExprNode getLeft();

    public abstract ExprNode getRight();
}
