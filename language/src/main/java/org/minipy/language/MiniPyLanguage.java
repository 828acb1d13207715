package org.minipy.language;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.source.Source;

import org.minipy.nodes.TopLevelRootNode;
import org.minipy.runtime.PyCode;

/** The minipy language: Python 3.11 on Truffle. */
@TruffleLanguage.Registration(id = MiniPyLanguage.ID, name = "minipy", implementationName = "minipy", version = "3.11.7", defaultMimeType = MiniPyLanguage.MIME_TYPE, characterMimeTypes = MiniPyLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.SHARED, fileTypeDetectors = PyFileDetector.class, website = "https://github.com/minipy")
@ProvidedTags({StandardTags.CallTag.class, StandardTags.StatementTag.class, StandardTags.RootTag.class, StandardTags.RootBodyTag.class, StandardTags.ExpressionTag.class})
public final class MiniPyLanguage extends TruffleLanguage<PythonContext> {
    public static final String ID = "minipy";
    public static final String MIME_TYPE = "text/x-python";

    @Option(help = "Run sources as the __main__ program, as the python command does: print uncaught exceptions and exit with status 1.", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> Main = new OptionKey<>(false);

    @Option(help = "Ignore PYTHON* environment variables (like -E).", category = OptionCategory.USER) //
    public static final OptionKey<Boolean> IgnoreEnvironment = new OptionKey<>(false);

    @Option(help = "Unbuffered standard streams (like -u).", category = OptionCategory.USER) //
    public static final OptionKey<Boolean> Unbuffered = new OptionKey<>(false);

    @Option(help = "Name of the program's file as sys.argv[0] shows it; '-c' for -c.", category = OptionCategory.INTERNAL) //
    public static final OptionKey<String> ProgramName = new OptionKey<>("");

    @Option(help = "Inspect interactively after running the script (like -i).", category = OptionCategory.USER) //
    public static final OptionKey<Boolean> Inspect = new OptionKey<>(false);

    @Option(help = "Don't add the user site directory / don't print version banners (like -q).", category = OptionCategory.USER) //
    public static final OptionKey<Boolean> Quiet = new OptionKey<>(false);

    @Option(help = "Warning control (like -W).", category = OptionCategory.USER) //
    public static final OptionKey<String> Warnings = new OptionKey<>("");

    @Option(help = "Extra directories for sys.path, separated by the path separator.", category = OptionCategory.USER) //
    public static final OptionKey<String> PythonPath = new OptionKey<>("");

    private static final LanguageReference<MiniPyLanguage> REFERENCE = LanguageReference.create(MiniPyLanguage.class);

    public static MiniPyLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected PythonContext createContext(Env env) {
        return new PythonContext(this, env);
    }

    @Override
    protected void initializeContext(PythonContext context) {
        context.initialize();
    }

    @Override
    protected void finalizeContext(PythonContext context) {
        context.finalizeContext();
    }

    @Override
    protected boolean patchContext(PythonContext context, Env newEnv) {
        return false;
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MiniPyLanguageOptionDescriptors();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        PyCode code;
        try {
            code = Compiler.compile(this, source, "exec", true);
        } catch (org.minipy.runtime.PException e) {
            return new TopLevelRootNode(this, null, e).getCallTarget();
        }
        return new TopLevelRootNode(this, code, null).getCallTarget();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded;
    }

    @Override
    protected Object getScope(PythonContext context) {
        return context.getMainModule();
    }
}
