import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * Prints the JDK and JavaFX modules an application needs, comma-separated, for {@code jlink --add-modules}.
 *
 * <p>Run as a single-file program: {@code java packaging/ModuleClosure.java ROOT_MODULE PATH...}. It resolves
 * ROOT_MODULE against the given module path and the JDK (following {@code requires}, not service bindings,
 * as jlink does) and keeps the platform modules (java.*, jdk.*, javafx.*). Automatic modules (plain jars such
 * as pdfbox) declare nothing, so jdeps reads their classes to say which JDK modules they use. The app and its
 * libraries stay out of the runtime: they go on jpackage's module path, where plain jars work too.
 */
public final class ModuleClosure {
    private ModuleClosure() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: java ModuleClosure.java ROOT_MODULE MODULE_PATH_ENTRY...");
            System.exit(2);
        }
        Path[] path = Arrays.stream(args).skip(1).map(Path::of).toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.compose(ModuleFinder.of(path), ModuleFinder.ofSystem());
        Configuration graph = Configuration.empty().resolve(finder, ModuleFinder.of(), Set.of(args[0]));
        Set<String> platform = new TreeSet<>();
        for (ResolvedModule module : graph.modules()) {
            String name = module.name();
            if (isPlatform(name)) {
                platform.add(name);
            } else if (module.reference().descriptor().isAutomatic()) {
                platform.addAll(jdkModulesUsedBy(module, args));
            }
        }
        System.out.println(String.join(",", platform));
    }

    private static boolean isPlatform(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("javafx.");
    }

    /** The JDK modules the classes of a plain jar refer to, as jdeps finds them. */
    private static List<String> jdkModulesUsedBy(ResolvedModule module, String[] args) {
        String jar = Path.of(module.reference().location().orElseThrow()).toString();
        String modulePath = String.join(java.io.File.pathSeparator, Arrays.asList(args).subList(1, args.length));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(err),
                "--multi-release", "17", "--ignore-missing-deps", "--print-module-deps", "--module-path", modulePath, jar);
        if (code != 0) {
            throw new IllegalStateException("jdeps failed on " + jar + ": " + err);
        }
        return Arrays.stream(out.toString().strip().split(",")).filter(ModuleClosure::isPlatform).toList();
    }
}
