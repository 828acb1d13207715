package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** minipy embedded in Java through the polyglot API. */
class EmbeddingTest {
    private static Context context() {
        return Context.newBuilder("minipy").engine(ProgramRunner.engine()).allowAllAccess(true).build();
    }

    @Test
    void evalExpression() {
        try (Context c = context()) {
            assertEquals(3, c.eval("minipy", "1 + 2").asInt());
            assertEquals("abcabc", c.eval("minipy", "'abc' * 2").asString());
            assertEquals(2.5, c.eval("minipy", "5 / 2").asDouble());
            assertTrue(c.eval("minipy", "None").isNull());
        }
    }

    @Test
    void callFunctionFromJava() {
        try (Context c = context()) {
            Value f = c.eval("minipy", "def add(a, b=10):\n    return a + b\nadd");
            assertTrue(f.canExecute());
            assertEquals(7, f.execute(3, 4).asInt());
            assertEquals(13, f.execute(3).asInt());
            Value sq = c.eval("minipy", "lambda x: x * x");
            assertEquals(144, sq.execute(12).asInt());
        }
    }

    @Test
    void bigIntegersAndLists() {
        try (Context c = context()) {
            Value big = c.eval("minipy", "2 ** 100");
            assertTrue(big.fitsInBigInteger());
            assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
            Value list = c.eval("minipy", "[1, 'two', 3.0]");
            assertTrue(list.hasArrayElements());
            assertEquals(3, list.getArraySize());
            assertEquals("two", list.getArrayElement(1).asString());
        }
    }

    @Test
    void globalsPersistAcrossEvals() {
        try (Context c = context()) {
            c.eval("minipy", "counter = 41");
            c.eval("minipy", "counter += 1");
            assertEquals(42, c.eval("minipy", "counter").asInt());
        }
    }

    @Test
    void pythonExceptionsReachJava() {
        try (Context c = context()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("minipy", "1 / 0"));
            assertTrue(e.isGuestException());
            assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        }
    }

    @Test
    void systemExitEndsContext() {
        Context c = context();
        PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("minipy", "import sys\nsys.exit(7)"));
        assertTrue(e.isExit());
        assertEquals(7, e.getExitStatus());
        try {
            c.close();
        } catch (PolyglotException closed) {
            assertTrue(closed.isExit());
        }
    }

    @Test
    void objectMembers() {
        try (Context c = context()) {
            Value p = c.eval("minipy", "class P:\n    def __init__(self):\n        self.x = 5\n    def twice(self):\n        return self.x * 2\nP()");
            assertEquals(5, p.getMember("x").asInt());
            assertEquals(10, p.invokeMember("twice").asInt());
        }
    }
}
