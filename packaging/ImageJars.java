import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * Readies the jars of the app image for a quick start: {@code java ImageJars.java APP_VERSION JAR_OR_FOLDER...}
 * (`mvn package` runs it on target/bridgework/lib, packaging/build-linux.sh on the packaged image's). Both steps
 * keep every class and resource; both save work the JVM otherwise does at every start, before the app's first
 * class runs, for the jars on the module path (docs/benchmarks.md, "Start-up").
 *
 * <p><b>Signed jars become unsigned.</b> Bouncy Castle's jars are signed. On the module path, the JVM checks a signed jar's signature (certificates,
 * an RSA signature, the digest of its 1 MB manifest) at every start before the app's first class runs: about a
 * third of a second on the build machine (docs/benchmarks.md, "Start-up"). Bridgework uses Bouncy Castle's own
 * classes, not as a JCE provider, so nothing needs the signature at run time; the jars were checked against
 * their checksums when Maven fetched them. The copy keeps every class and resource and the manifest's main
 * section (module and release attributes), without the per-entry digests and the signature files.
 *
 * <p><b>Modular jars get their list of packages.</b> A module-info without the ModulePackages attribute (Maven's
 * jar plugin writes none) makes the JVM list every entry of the jar to learn its packages, at every start. The
 * JDK's {@code jar} tool adds the attribute when it updates a module's version, so each modular jar is updated
 * with the version it has (its own, else its file name's, else the app's).
 */
public final class ImageJars {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FILE_VERSION = Pattern.compile("-(\\d[^-]*(-[^-]+)*)\\.jar$");

    private ImageJars() {
    }

    public static void main(String[] args) throws IOException {
        String appVersion = args[0];
        for (Path jar : jars(Arrays.copyOfRange(args, 1, args.length))) {
            if (signed(jar)) {
                unsign(jar);
                System.out.println("unsigned " + jar.getFileName());
            }
            Optional<ModuleDescriptor> module = ModuleFinder.of(jar).findAll().stream()
                    .map(ModuleReference::descriptor).findFirst();
            if (module.isPresent() && !module.get().isAutomatic()) {
                listPackages(jar, module.get().rawVersion().orElseGet(() -> fileVersion(jar).orElse(appVersion)));
            }
        }
    }

    /** The jars named, and those in the folders named. */
    private static List<Path> jars(String[] names) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String name : names) {
            Path given = Path.of(name);
            if (Files.isDirectory(given)) {
                try (var inside = Files.list(given)) {
                    inside.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
                }
            } else {
                jars.add(given);
            }
        }
        return jars;
    }

    private static Optional<String> fileVersion(Path jar) {
        Matcher version = FILE_VERSION.matcher(jar.getFileName().toString());
        return version.find() ? Optional.of(version.group(1)) : Optional.empty();
    }

    private static void listPackages(Path jar, String version) {
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow();
        int exit = tool.run(System.out, System.err, "--update", "--file", jar.toString(), "--module-version",
                version);
        if (exit != 0) {
            throw new IllegalStateException("jar --update " + jar + " exited with " + exit);
        }
    }

    private static boolean signed(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> SIGNATURE.matcher(entry.getName()).matches());
        }
    }

    /** Writes the unsigned copy beside the jar (not named *.jar, so never on the module path), then moves it in. */
    private static void unsign(Path jar) throws IOException {
        Path copy = Files.createTempFile(jar.getParent(), ".unsigned-", ".tmp");
        try {
            writeUnsigned(jar, copy);
            Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void writeUnsigned(Path jar, Path copy) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = new Manifest();
            if (file.getManifest() != null) {
                manifest.getMainAttributes().putAll(file.getManifest().getMainAttributes());
            }
            manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream out = Files.newOutputStream(copy);
                 JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String entryName = entry.getName();
                    if (entryName.equalsIgnoreCase(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(entryName).matches()) {
                        continue;
                    }
                    JarEntry written = new JarEntry(entryName);
                    written.setTime(entry.getTime());
                    jarOut.putNextEntry(written);
                    try (InputStream in = file.getInputStream(entry)) {
                        in.transferTo(jarOut);
                    }
                    jarOut.closeEntry();
                }
            }
        }
    }
}
