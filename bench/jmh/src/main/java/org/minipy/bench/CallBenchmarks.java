package org.minipy.bench;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The call path, one Python call site per benchmark: each benchmark method runs a Python loop of
 * {@link #CALLS} calls, so the score is the time of one call (loop overhead included) once the loop
 * is compiled. {@code run.sh} starts the forks with the Graal JIT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallBenchmarks {
    static final int CALLS = 100_000;

    private static final String PROGRAM = """
                    def f(a, b, c):
                        return a + b + c

                    def function_calls(n):
                        s = 0
                        for i in range(n):
                            s = f(s, i, 1) & 0xffff
                        return s

                    class Point:
                        def __init__(self, x):
                            self.x = x
                        def move(self, d):
                            return self.x + d

                    def method_calls(n):
                        p = Point(3)
                        s = 0
                        for i in range(n):
                            s = (s + p.move(i)) & 0xffff
                        return s

                    def bound_method_calls(n):
                        m = Point(5).move
                        s = 0
                        for i in range(n):
                            s = (s + m(i)) & 0xffff
                        return s

                    def builtin_calls(n):
                        items = [1, 2, 3, 4]
                        s = 0
                        for i in range(n):
                            s += len(items) + abs(-i & 7)
                        return s

                    def g1(x):
                        return x + 1
                    def g2(x):
                        return x + 2
                    def g3(x):
                        return x * 2
                    def g4(x):
                        return x - 1
                    def g5(x):
                        return x

                    def polymorphic_calls(n):
                        fs = [g1, g2, g3, g4, g5]
                        s = 0
                        for i in range(n):
                            s = fs[i % 5](s) & 0xffff
                        return s
                    """;

    private Context context;
    private Value functionCalls;
    private Value methodCalls;
    private Value boundMethodCalls;
    private Value builtinCalls;
    private Value polymorphicCalls;

    @Setup
    public void setup() {
        context = Context.newBuilder("minipy").option("engine.WarnInterpreterOnly", "false").build();
        context.eval("minipy", PROGRAM);
        Value globals = context.getBindings("minipy");
        functionCalls = globals.getMember("function_calls");
        methodCalls = globals.getMember("method_calls");
        boundMethodCalls = globals.getMember("bound_method_calls");
        builtinCalls = globals.getMember("builtin_calls");
        polymorphicCalls = globals.getMember("polymorphic_calls");
    }

    @TearDown
    public void tearDown() {
        context.close();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long function() {
        return functionCalls.execute(CALLS).asLong();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long method() {
        return methodCalls.execute(CALLS).asLong();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long boundMethod() {
        return boundMethodCalls.execute(CALLS).asLong();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long builtin() {
        return builtinCalls.execute(CALLS).asLong();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long polymorphic() {
        return polymorphicCalls.execute(CALLS).asLong();
    }
}
