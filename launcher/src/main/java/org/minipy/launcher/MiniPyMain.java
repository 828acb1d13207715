package org.minipy.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code minipy} command: runs a Python program like CPython's {@code python3}, with its flags,
 * exit statuses and tracebacks. Polyglot options ({@code --engine.X}, {@code --cpusampler}, ...)
 * are accepted before the program name.
 */
public final class MiniPyMain extends AbstractLanguageLauncher {
    /** Stack for the thread that runs Python code: deep recursion needs room. */
    private static final long STACK_SIZE = 1L << 30;

    private String command;
    private String module;
    private String file;
    private boolean readStdin;
    private boolean inspect;
    private boolean unbuffered;
    private boolean ignoreEnvironment;
    private boolean quiet;
    private final List<String> programArgs = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int exitStatus;

    public static void main(String[] args) {
        MiniPyMain launcher = new MiniPyMain();
        int[] status = {0};
        Thread t = new Thread(null, () -> {
            // launch() ends the process itself (Launcher.exit) on --help, --version and usage errors
            launcher.launch(args);
            status[0] = launcher.exitStatus;
        }, "main", STACK_SIZE);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    @Override
    protected String getLanguageId() {
        return "minipy";
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> unrecognized = new ArrayList<>();
        int i = 0;
        int n = arguments.size();
        while (i < n) {
            String arg = arguments.get(i);
            if (arg.equals("--")) {
                i++;
                if (i < n) {
                    file = arguments.get(i);
                    i++;
                }
                break;
            }
            if (arg.startsWith("--")) {
                if (arg.equals("--help")) {
                    printHelpAndExit();
                } else if (arg.equals("--version")) {
                    System.out.println("Python 3.11.7");
                    throw exit(0);
                }
                unrecognized.add(arg);
                i++;
                continue;
            }
            if (arg.equals("-")) {
                readStdin = true;
                i++;
                break;
            }
            if (!arg.startsWith("-") || arg.length() == 1) {
                file = arg;
                i++;
                break;
            }
            // short options, possibly combined (-uB) or with an attached value (-cCODE)
            int j = 1;
            boolean stop = false;
            while (j < arg.length()) {
                char c = arg.charAt(j);
                switch (c) {
                    case 'c': {
                        String rest = arg.substring(j + 1);
                        if (rest.isEmpty()) {
                            i++;
                            if (i >= n) {
                                usageError("Argument expected for the -c option");
                            }
                            rest = arguments.get(i);
                        }
                        command = rest;
                        stop = true;
                        break;
                    }
                    case 'm': {
                        String rest = arg.substring(j + 1);
                        if (rest.isEmpty()) {
                            i++;
                            if (i >= n) {
                                usageError("Argument expected for the -m option");
                            }
                            rest = arguments.get(i);
                        }
                        module = rest;
                        stop = true;
                        break;
                    }
                    case 'W':
                    case 'X': {
                        String rest = arg.substring(j + 1);
                        if (rest.isEmpty()) {
                            i++;
                            if (i >= n) {
                                usageError("Argument expected for the -" + c + " option");
                            }
                            rest = arguments.get(i);
                        }
                        if (c == 'W') {
                            warnings.add(rest);
                        }
                        j = arg.length();
                        continue;
                    }
                    case 'u':
                        unbuffered = true;
                        break;
                    case 'i':
                        inspect = true;
                        break;
                    case 'E':
                        ignoreEnvironment = true;
                        break;
                    case 'I':
                        ignoreEnvironment = true;
                        break;
                    case 'q':
                        quiet = true;
                        break;
                    case 'h':
                    case '?':
                        printHelpAndExit();
                        break;
                    case 'V':
                        System.out.println("Python 3.11.7");
                        throw exit(0);
                    case 's':
                    case 'S':
                    case 'B':
                    case 'O':
                    case 'd':
                    case 'v':
                    case 'b':
                    case 'R':
                    case 'P':
                        break;
                    default:
                        usageError("Unknown option: -" + c);
                }
                if (stop) {
                    break;
                }
                j++;
            }
            i++;
            if (stop) {
                break;
            }
        }
        while (i < n) {
            programArgs.add(arguments.get(i++));
        }
        return unrecognized;
    }

    private void usageError(String message) {
        System.err.println(message);
        System.err.println("usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        System.err.println("Try `minipy -h' for more information.");
        throw exit(2);
    }

    private void printHelpAndExit() {
        printHelp(OptionCategory.USER);
        throw exit(0);
    }

    @Override
    protected void launch(Context.Builder contextBuilder) {
        String programName;
        if (command != null) {
            programName = "-c";
        } else if (module != null) {
            programName = "-m";
        } else if (file != null) {
            programName = file;
        } else {
            programName = "";
        }
        contextBuilder.arguments("minipy", programArgs.toArray(new String[0]));
        contextBuilder.option("minipy.Main", "true");
        contextBuilder.option("minipy.ProgramName", programName);
        if (unbuffered) {
            contextBuilder.option("minipy.Unbuffered", "true");
        }
        if (ignoreEnvironment) {
            contextBuilder.option("minipy.IgnoreEnvironment", "true");
        }
        if (!warnings.isEmpty()) {
            contextBuilder.option("minipy.Warnings", String.join(",", warnings));
        }
        contextBuilder.allowAllAccess(true);
        Source source;
        try {
            if (command != null) {
                source = Source.newBuilder("minipy", command, "<string>").build();
            } else if (module != null) {
                source = Source.newBuilder("minipy", "import runpy\nrunpy._run_module_as_main(" + pyString(module) + ")\n", "<run_module>").build();
            } else if (file != null) {
                File f = new File(file);
                if (f.isDirectory()) {
                    System.err.println("minipy: can't find '__main__' module in " + pyString(file));
                    throw exit(1);
                }
                if (!f.exists()) {
                    System.err.println("minipy: can't open file " + pyString(f.getAbsolutePath()) + ": [Errno 2] No such file or directory");
                    throw exit(2);
                }
                // as CPython 3.9+: the main script's __file__ and co_filename are the path joined to the working directory
                source = Source.newBuilder("minipy", f).name(f.getAbsolutePath()).content(readFile(f)).build();
            } else {
                String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                source = Source.newBuilder("minipy", text, "<stdin>").build();
            }
        } catch (IOException e) {
            System.err.println("minipy: can't open file " + pyString(file) + ": " + e.getMessage());
            throw exit(2);
        }
        try (Context context = contextBuilder.build()) {
            try {
                context.eval(source);
                exitStatus = 0;
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    exitStatus = e.getExitStatus();
                } else if (e.isInternalError()) {
                    System.err.println("minipy: internal error: " + e.getMessage());
                    exitStatus = 1;
                } else {
                    System.err.println(e.getMessage());
                    exitStatus = 1;
                }
            }
        } catch (PolyglotException e) {
            if (e.isExit()) {
                exitStatus = e.getExitStatus();
            } else {
                System.err.println("minipy: " + e.getMessage());
                exitStatus = 1;
            }
        }
    }

    private static String readFile(File f) throws IOException {
        try (InputStream in = new java.io.FileInputStream(f)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        System.out.println("usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
        System.out.println("Options:");
        System.out.println("-c cmd : program passed in as string (terminates option list)");
        System.out.println("-E     : ignore PYTHON* environment variables (such as PYTHONPATH)");
        System.out.println("-h     : print this help message and exit (also -? or --help)");
        System.out.println("-i     : inspect interactively after running script");
        System.out.println("-I     : isolate the program from the user's environment (implies -E)");
        System.out.println("-m mod : run library module as a script (terminates option list)");
        System.out.println("-q     : don't print version and copyright messages on interactive startup");
        System.out.println("-u     : force the stdout and stderr streams to be unbuffered");
        System.out.println("-V     : print the Python version number and exit (also --version)");
        System.out.println("-W arg : warning control");
        System.out.println("file   : program read from script file");
        System.out.println("-      : program read from stdin (default; interactive mode if a tty)");
        System.out.println("arg ...: arguments passed to program in sys.argv[1:]");
        System.out.println();
        System.out.println("Polyglot options such as --engine.TraceCompilation=true or --cpusampler go before the program.");
    }

    @Override
    protected void collectArguments(java.util.Set<String> options) {
        options.add("-c");
        options.add("-m");
        options.add("-u");
        options.add("-E");
        options.add("-I");
        options.add("-i");
        options.add("-q");
        options.add("-V");
        options.add("-W");
        options.add("-h");
    }
}
