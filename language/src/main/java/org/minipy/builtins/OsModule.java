package org.minipy.builtins;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.PyBuiltinNode.Builtin0;
import org.minipy.builtins.PyBuiltinNode.Builtin1;
import org.minipy.builtins.PyBuiltinNode.Builtin2;
import org.minipy.language.PythonContext;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyBytes;
import org.minipy.runtime.PyDict;
import org.minipy.runtime.PyList;
import org.minipy.runtime.PyModule;
import org.minipy.runtime.PyNone;
import org.minipy.runtime.PyObjectOps;

/**
 * {@code _minipy_os}: the operating-system primitives under minipy's {@code os} module, through
 * Truffle's file system (so that sandboxing and IO policies apply).
 */
@CoreFunctions(module = "_minipy_os")
public final class OsModule {
    private OsModule() {
    }

    static void initModule(PyModule m, PythonContext ctx) {
        PyDict env = new PyDict();
        for (java.util.Map.Entry<String, String> e : ctx.getEnv().getEnvironment().entrySet()) {
            env.setItemStr(e.getKey(), e.getValue());
        }
        m.getDict().setItemStr("environ", env);
    }

    @TruffleBoundary
    static TruffleFile file(Object path) {
        if (!(path instanceof String s)) {
            throw PException.typeError("expected str, bytes or os.PathLike object, not " + PyObjectOps.typeName(path));
        }
        return PythonContext.get(null).getEnv().getPublicTruffleFile(s.isEmpty() ? "." : s);
    }

    @TruffleBoundary
    static PException osError(IOException e, Object path) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return PException.raise(BuiltinTypes.FILE_NOT_FOUND_ERROR, 2L, "No such file or directory", path);
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return PException.raise(BuiltinTypes.FILE_EXISTS_ERROR, 17L, "File exists", path);
        } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return PException.raise(BuiltinTypes.OS_ERROR, 39L, "Directory not empty", path);
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return PException.raise(BuiltinTypes.PERMISSION_ERROR, 13L, "Permission denied", path);
        }
        return PException.raise(BuiltinTypes.OS_ERROR, msg);
    }

    @Builtin(name = "getcwd", params = {})
    @GenerateNodeFactory
    public abstract static class GetcwdNode extends Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object getcwd() {
            return PythonContext.get(null).getEnv().getCurrentWorkingDirectory().getPath();
        }
    }

    @Builtin(name = "chdir", params = {"path"})
    @GenerateNodeFactory
    public abstract static class ChdirNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object chdir(Object path) {
            TruffleFile f = file(path);
            if (!f.isDirectory()) {
                throw PException.raise(BuiltinTypes.FILE_NOT_FOUND_ERROR, 2L, "No such file or directory", path);
            }
            PythonContext.get(null).getEnv().setCurrentWorkingDirectory(f.getAbsoluteFile());
            return PyNone.NONE;
        }
    }

    @Builtin(name = "listdir", params = {"path"}, required = 0)
    @GenerateNodeFactory
    public abstract static class ListdirNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object listdir(Object path) {
            Object p = BuiltinFunctions.given(path) && path != PyNone.NONE ? path : ".";
            TruffleFile f = file(p);
            try {
                PyList out = new PyList();
                for (TruffleFile c : f.list()) {
                    out.append(c.getName());
                }
                return out;
            } catch (IOException e) {
                throw osError(e, p);
            }
        }
    }

    @Builtin(name = "_kind", params = {"path"})
    @GenerateNodeFactory
    public abstract static class KindNode extends Builtin1 {
        /** 0 missing, 1 file, 2 directory, 3 other. */
        @Specialization
        @TruffleBoundary
        static Object kind(Object path) {
            if (!(path instanceof String)) {
                return 0L;
            }
            try {
                TruffleFile f = file(path);
                if (!f.exists()) {
                    return 0L;
                }
                return f.isDirectory() ? 2L : f.isRegularFile() ? 1L : 3L;
            } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                return 0L;
            }
        }
    }

    @Builtin(name = "_size", params = {"path"})
    @GenerateNodeFactory
    public abstract static class SizeNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object size(Object path) {
            try {
                return file(path).size();
            } catch (IOException e) {
                throw osError(e, path);
            }
        }
    }

    @Builtin(name = "_abspath", params = {"path"})
    @GenerateNodeFactory
    public abstract static class AbspathNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object abspath(Object path) {
            return file(path).getAbsoluteFile().getPath();
        }
    }

    @Builtin(name = "remove", params = {"path"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object remove(Object path) {
            try {
                TruffleFile f = file(path);
                if (f.isDirectory()) {
                    throw PException.raise(BuiltinTypes.IS_A_DIRECTORY_ERROR, 21L, "Is a directory", path);
                }
                f.delete();
                return PyNone.NONE;
            } catch (IOException e) {
                throw osError(e, path);
            }
        }
    }

    @Builtin(name = "rmdir", params = {"path"})
    @GenerateNodeFactory
    public abstract static class RmdirNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object rmdir(Object path) {
            try {
                file(path).delete();
                return PyNone.NONE;
            } catch (IOException e) {
                throw osError(e, path);
            }
        }
    }

    @Builtin(name = "mkdir", params = {"path", "mode"}, required = 1)
    @GenerateNodeFactory
    public abstract static class MkdirNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object mkdir(Object path, Object mode) {
            try {
                file(path).createDirectory();
                return PyNone.NONE;
            } catch (IOException e) {
                throw osError(e, path);
            }
        }
    }

    @Builtin(name = "rename", params = {"src", "dst"})
    @GenerateNodeFactory
    public abstract static class RenameNode extends Builtin2 {
        @Specialization
        @TruffleBoundary
        static Object rename(Object src, Object dst) {
            try {
                file(src).move(file(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return PyNone.NONE;
            } catch (IOException e) {
                throw osError(e, src);
            }
        }
    }

    @Builtin(name = "getpid", params = {})
    @GenerateNodeFactory
    public abstract static class GetpidNode extends Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object getpid() {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "cpu_count", params = {})
    @GenerateNodeFactory
    public abstract static class CpuCountNode extends Builtin0 {
        @Specialization
        @TruffleBoundary
        static Object cpuCount() {
            return (long) Runtime.getRuntime().availableProcessors();
        }
    }

    @Builtin(name = "urandom", params = {"size"})
    @GenerateNodeFactory
    public abstract static class UrandomNode extends Builtin1 {
        @Specialization
        @TruffleBoundary
        static Object urandom(Object size) {
            long n = org.minipy.runtime.PyLong.asLong(size);
            if (n < 0) {
                throw PException.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(b);
            return new PyBytes(b);
        }
    }
}
