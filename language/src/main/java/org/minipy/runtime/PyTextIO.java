package org.minipy.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A text stream over a byte stream ({@code _io.TextIOWrapper}): sys.stdin, sys.stdout and sys.stderr.
 * Output is UTF-8 and buffered; line buffering applies when interactive.
 */
public final class PyTextIO extends PyObject {
    private final OutputStream out;
    private final InputStream in;
    private final String name;
    private final byte[] buffer = new byte[8192];
    private int count;
    private final boolean lineBuffered;
    private boolean closed;

    public PyTextIO(PyType type, String name, OutputStream out, InputStream in, boolean lineBuffered) {
        super(type);
        this.name = name;
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
    }

    public String getName() {
        return name;
    }

    public boolean isReadable() {
        return in != null;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        flush();
        closed = true;
    }

    @TruffleBoundary
    public void write(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            if (n > buffer.length - count) {
                flushBuffer();
                if (n > buffer.length) {
                    writeRaw(s.getBytes(StandardCharsets.ISO_8859_1));
                    return;
                }
            }
            for (int i = 0; i < n; i++) {
                buffer[count++] = (byte) s.charAt(i);
            }
        } else {
            byte[] b = PyStrOps.encodeUtf8(s, "surrogateescape");
            if (b.length > buffer.length - count) {
                flushBuffer();
                if (b.length > buffer.length) {
                    writeRaw(b);
                    return;
                }
            }
            System.arraycopy(b, 0, buffer, count, b.length);
            count += b.length;
        }
        if (lineBuffered && s.indexOf('\n') >= 0) {
            flush();
        }
    }

    @TruffleBoundary
    public void writeBytes(byte[] b) {
        flushBuffer();
        writeRaw(b);
    }

    private void writeRaw(byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            // like CPython at interpreter exit, ignore broken pipes
        }
    }

    private void flushBuffer() {
        if (count > 0) {
            try {
                out.write(buffer, 0, count);
            } catch (IOException e) {
                // ignore
            }
            count = 0;
        }
    }

    @TruffleBoundary
    public void flush() {
        flushBuffer();
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            // ignore
        }
    }

    /** Reads one line including its newline; "" at end of file. */
    @TruffleBoundary
    public String readline() {
        try {
            java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                bos.write(c);
                if (c == '\n') {
                    break;
                }
            }
            return bos.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PException.raise(BuiltinTypes.OS_ERROR, e.getMessage());
        }
    }

    @TruffleBoundary
    public String readAll() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PException.raise(BuiltinTypes.OS_ERROR, e.getMessage());
        }
    }
}
