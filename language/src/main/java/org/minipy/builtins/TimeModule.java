package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin0;
import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.runtime.NumberOps;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;

/** The {@code time} module (clocks and sleep). */
@CoreFunctions(module = "time")
public final class TimeModule {
    private static final long START_NANOS = System.nanoTime();

    private TimeModule() {
    }

    @Builtin(name = "perf_counter", params = {})
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends Builtin0 {
        @Specialization
        static double perfCounter() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns", params = {})
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends Builtin0 {
        @Specialization
        static long perfCounterNs() {
            return System.nanoTime();
        }
    }

    @Builtin(name = "monotonic", params = {})
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends Builtin0 {
        @Specialization
        static double monotonic() {
            return System.nanoTime() / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns", params = {})
    @GenerateNodeFactory
    public abstract static class MonotonicNsNode extends Builtin0 {
        @Specialization
        static long monotonicNs() {
            return System.nanoTime();
        }
    }

    @Builtin(name = "time", params = {})
    @GenerateNodeFactory
    public abstract static class TimeNode extends Builtin0 {
        @Specialization
        @TruffleBoundary
        static double time() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
    }

    @Builtin(name = "time_ns", params = {})
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends Builtin0 {
        @Specialization
        @TruffleBoundary
        static long timeNs() {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }

    /** CPU time of the whole process (all threads, the JIT compiler's included), as CPython's. */
    @TruffleBoundary
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return threadCpuNanos();
    }

    /** CPU time of the calling thread. */
    @TruffleBoundary
    static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Builtin(name = "process_time", params = {})
    @GenerateNodeFactory
    public abstract static class ProcessTimeNode extends Builtin0 {
        @Specialization
        static double processTime() {
            return processCpuNanos() / 1e9;
        }
    }

    @Builtin(name = "process_time_ns", params = {})
    @GenerateNodeFactory
    public abstract static class ProcessTimeNsNode extends Builtin0 {
        @Specialization
        static long processTimeNs() {
            return processCpuNanos();
        }
    }

    @Builtin(name = "thread_time", params = {})
    @GenerateNodeFactory
    public abstract static class ThreadTimeNode extends Builtin0 {
        @Specialization
        static double threadTime() {
            return threadCpuNanos() / 1e9;
        }
    }

    @Builtin(name = "thread_time_ns", params = {})
    @GenerateNodeFactory
    public abstract static class ThreadTimeNsNode extends Builtin0 {
        @Specialization
        static long threadTimeNs() {
            return threadCpuNanos();
        }
    }

    @Builtin(name = "sleep", params = {"secs"})
    @GenerateNodeFactory
    public abstract static class SleepNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object sleep(Object secs) {
            if (!NumberOps.isReal(secs)) {
                throw PException.typeError("'" + PyObjectOps.typeName(secs) + "' object cannot be interpreted as an integer");
            }
            double s = NumberOps.toDouble(secs);
            if (s < 0) {
                throw PException.valueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        }
    }

    static long unused() {
        return START_NANOS;
    }
}
