package org.minipy.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.StandardOpenOption;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;

import org.minipy.language.PythonContext;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PyObjectOps;
import org.minipy.runtime.PyTextIO;

/** open(): text files through Truffle's file system (so that sandboxing applies). */
final class FileIO {
    private FileIO() {
    }

    @TruffleBoundary
    static Object open(PythonContext ctx, Object[] args) {
        Object file = args[0];
        if (!(file instanceof String path)) {
            throw PException.typeError("expected str, bytes or os.PathLike object, not " + PyObjectOps.typeName(file));
        }
        String mode = BuiltinFunctions.given(args[1]) ? (String) args[1] : "r";
        if (mode.contains("b")) {
            throw PException.raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, "minipy does not support binary files yet");
        }
        try {
            TruffleFile f = ctx.getEnv().getPublicTruffleFile(path);
            if (mode.contains("r") && !mode.contains("+")) {
                if (!f.exists()) {
                    throw PException.raise(BuiltinTypes.FILE_NOT_FOUND_ERROR, 2L, "No such file or directory", path);
                }
                if (f.isDirectory()) {
                    throw PException.raise(BuiltinTypes.IS_A_DIRECTORY_ERROR, 21L, "Is a directory", path);
                }
                InputStream in = f.newInputStream();
                return new PyTextIO(BuiltinRegistry.TEXT_IO, path, null, in, false);
            }
            OutputStream out;
            if (mode.contains("a")) {
                out = f.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } else if (mode.contains("x")) {
                out = f.newOutputStream(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else {
                out = f.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            }
            return new PyTextIO(BuiltinRegistry.TEXT_IO, path, out, null, false);
        } catch (IOException | SecurityException e) {
            throw PException.raise(BuiltinTypes.OS_ERROR, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
