package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link ScopeAnalyzer} with CPython's symtable module and code objects (co_varnames,
 * co_cellvars, co_freevars, co_qualname, argument counts, flags). Expected data is produced by
 * resources/parser/scope_oracle.py: for the curated programs it is committed (scopes.expected); for
 * the stdlib it is generated at test time when python3.11 is available.
 */
public class ScopeOracleTest {

    static final class Expected {
        String name;
        String error;
        int errLine;
        int errOffset;
        List<String> tables = new ArrayList<>();
        Map<String, List<String>> codes = new LinkedHashMap<>();
    }

    static Map<String, Expected> parseExpected(List<String> lines) {
        Map<String, Expected> out = new LinkedHashMap<>();
        Expected cur = null;
        String codeKey = null;
        for (String line : lines) {
            if (line.startsWith("PROGRAM ")) {
                cur = new Expected();
                cur.name = line.substring(8);
                out.put(cur.name, cur);
            } else if (line.startsWith("ERROR ")) {
                String[] p = line.split(" ", 4);
                cur.errLine = Integer.parseInt(p[1]);
                cur.errOffset = p[2].equals("None") ? -1 : Integer.parseInt(p[2]);
                cur.error = p[3];
            } else if (line.startsWith("TABLE ") || line.startsWith("SYM ")) {
                cur.tables.add(line);
            } else if (line.startsWith("CODE ")) {
                String[] p = line.split(" ");
                codeKey = p[1] + "@" + p[2];
                List<String> l = new ArrayList<>();
                l.add(line);
                cur.codes.putIfAbsent(codeKey, l);
            } else if (line.startsWith("VARNAMES") || line.startsWith("CELLVARS") || line.startsWith("FREEVARS")) {
                cur.codes.get(codeKey).add(line.trim());
            }
        }
        return out;
    }

    static Map<String, String> splitPrograms(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, sb.toString() + "\n");
                }
                name = line.substring(4).trim();
                sb.setLength(0);
            } else {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(line);
            }
        }
        if (name != null) {
            out.put(name, sb.toString() + "\n");
        }
        return out;
    }

    private static String tableType(Scope s) {
        return switch (s.kind) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
    }

    private static String tableName(Scope s) {
        if (s.kind == Scope.Kind.MODULE) {
            return "top";
        }
        if (s.name.startsWith("<")) {
            return s.name.substring(1, s.name.length() - 1);
        }
        return s.name;
    }

    /** Returns a list of mismatch descriptions (empty if all agree). */
    static List<String> compare(String src, Expected exp) {
        List<String> bad = new ArrayList<>();
        ScopeAnalyzer.Result r;
        try {
            Ast.Module m = Parser.parseModule(src, "x.py");
            r = ScopeAnalyzer.analyze(m, "x.py", src);
        } catch (ParseError e) {
            if (exp.error == null) {
                bad.add("unexpected error: " + e.msg + " line " + e.lineno);
            } else if (!exp.error.equals(e.msg) || exp.errLine != e.lineno || (exp.errOffset >= 0 && exp.errOffset != e.offset)) {
                bad.add("error mismatch: expected '" + exp.error + "' " + exp.errLine + ":" + exp.errOffset + " got '" + e.msg
                                + "' " + e.lineno + ":" + e.offset);
            }
            return bad;
        }
        if (exp.error != null) {
            bad.add("expected error '" + exp.error + "' but analysis succeeded");
            return bad;
        }
        // symtable tables, depth first
        List<String> got = new ArrayList<>();
        for (Scope s : r.allScopes()) {
            int line = s.kind == Scope.Kind.MODULE ? 0 : s.node.pos().line();
            got.add("TABLE " + tableType(s) + " " + tableName(s) + " " + line);
            for (String name : s.symbolNames()) {
                Scope.SymbolKind k = s.symtableKind(name);
                int sc = switch (k) {
                    case LOCAL -> 1;
                    case GLOBAL_EXPLICIT -> 2;
                    case GLOBAL_IMPLICIT -> 3;
                    case FREE, CLASS_FREE -> 4;
                    case CELL -> 5;
                };
                got.add("SYM " + name + " " + sc + " " + s.rawFlags(name));
            }
        }
        List<String> expSorted = sortSyms(exp.tables);
        List<String> gotSorted = sortSyms(got);
        if (!expSorted.equals(gotSorted)) {
            bad.add("symtable mismatch:\n  expected " + expSorted + "\n  got      " + gotSorted);
        }
        // code objects
        Map<String, Scope> byKey = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Scope s : r.allScopes()) {
            String key = s.qualname() + "@" + s.firstLineno();
            if (byKey.putIfAbsent(key, s) != null) {
                ambiguous.add(key);
            }
        }
        // code objects with the same qualname on the same line cannot be paired up reliably
        ambiguous.forEach(byKey::remove);
        for (Map.Entry<String, List<String>> en : exp.codes.entrySet()) {
            Scope s = byKey.get(en.getKey());
            if (s == null && ambiguous.contains(en.getKey())) {
                continue;
            }
            if (s == null) {
                bad.add("no scope for code object " + en.getKey() + " (have " + byKey.keySet() + ")");
                continue;
            }
            String[] c = en.getValue().get(0).split(" ");
            int flags = Integer.parseInt(c[6]);
            List<String> want = new ArrayList<>();
            want.add("argcount=" + c[3] + " posonly=" + c[4] + " kwonly=" + c[5] + " flags=" + (flags & 0x2bc));
            want.addAll(en.getValue().subList(1, en.getValue().size()));
            int myFlags = 0;
            if (s.isFunctionLike()) {
                myFlags |= s.hasVarargs() ? 0x4 : 0;
                myFlags |= s.hasVarkeywords() ? 0x8 : 0;
                myFlags |= s.isNested() ? 0x10 : 0;
                myFlags |= s.isGenerator() && !s.isCoroutine() ? 0x20 : 0;
                myFlags |= s.isCoroutine() && !s.isGenerator() ? 0x80 : 0;
                myFlags |= s.isAsyncGenerator() ? 0x200 : 0;
            }
            List<String> have = new ArrayList<>();
            have.add("argcount=" + s.argcount() + " posonly=" + s.posonlyargcount() + " kwonly=" + s.kwonlyargcount()
                            + " flags=" + myFlags);
            have.add(("VARNAMES " + String.join(" ", s.varnames())).trim());
            have.add(("CELLVARS " + String.join(" ", s.cellvars())).trim());
            have.add(("FREEVARS " + String.join(" ", s.freevars())).trim());
            if (!want.equals(have)) {
                bad.add("code " + en.getKey() + ":\n  expected " + want + "\n  got      " + have);
            }
        }
        return bad;
    }

    /** Symbols within a table are compared as sets (their order is not significant). */
    private static List<String> sortSyms(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> syms = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("TABLE ")) {
                syms.sort(null);
                out.addAll(syms);
                syms.clear();
                out.add(l);
            } else {
                syms.add(l);
            }
        }
        syms.sort(null);
        out.addAll(syms);
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScopeOracleTest.class.getResourceAsStream("/parser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void curatedProgramsMatchCPython() throws IOException {
        Map<String, String> progs = splitPrograms(resource("scopes.programs"));
        Map<String, Expected> exp = parseExpected(Arrays.asList(resource("scopes.expected").split("\n")));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> en : progs.entrySet()) {
            Expected e = exp.get(en.getKey());
            List<String> bad = compare(en.getValue(), e);
            if (!bad.isEmpty()) {
                failures.add(en.getKey() + ": " + String.join("\n", bad));
            }
        }
        System.out.printf("scope fixtures: %d/%d programs match CPython%n", progs.size() - failures.size(), progs.size());
        assertEquals("", String.join("\n\n", failures));
    }

    @Test
    public void stdlibScopesMatchCPython() throws Exception {
        String py = PythonOracle.python();
        Assumptions.assumeTrue(py != null, "python3.11 is not installed: skipping the CPython oracle test");
        Path work = Path.of("target", "parser-oracle");
        Path script = PythonOracle.resourceFile("scope_oracle.py", work);
        Path lib = Path.of(PythonOracle.libDir());
        List<String> files = new ArrayList<>();
        try (var st = Files.walk(lib)) {
            st.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages")).sorted()
                            .forEach(p -> files.add(p.toString()));
        }
        Path out = work.resolve("stdlib-scopes.txt");
        List<String> args = new ArrayList<>();
        args.add(script.toString());
        args.add(out.toString());
        args.addAll(files);
        PythonOracle.run(args);
        Map<String, Expected> exp = parseExpected(Files.readAllLines(out));
        List<String> failures = new ArrayList<>();
        int ok = 0;
        for (Expected e : exp.values()) {
            String src;
            try {
                src = Files.readString(Path.of(e.name));
            } catch (java.nio.charset.MalformedInputException ex) {
                continue;
            }
            List<String> bad = compare(src, e);
            if (bad.isEmpty()) {
                ok++;
            } else {
                failures.add(e.name + ": " + String.join("\n", bad));
            }
        }
        System.out.printf("stdlib scopes: %d/%d modules match CPython's symtable and code objects%n", ok, exp.size());
        assertTrue(exp.size() > 100);
        assertEquals("", String.join("\n\n", failures));
    }
}
