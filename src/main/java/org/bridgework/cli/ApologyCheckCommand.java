package org.bridgework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bridgework.exchange.ApologyCheckJson;
import org.bridgework.model.repair.ApologyCheck;
import org.bridgework.model.repair.ApologyChecker;
import org.bridgework.model.repair.ApologyWarning;
import org.bridgework.model.repair.ComponentCheck;
import org.bridgework.model.repair.Importance;
import org.bridgework.model.repair.MatchedWords;
import org.bridgework.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bridgework apology-check [FILE]}: checks an apology draft written anywhere against the six parts of an
 * effective apology and for the marks of a non-apology. Reads FILE, or standard input when FILE is left out or
 * is "-". Prints the parts as found or missing with the words that matched, then the warnings; {@code --json}
 * prints one JSON object instead. Exit 0, or 1 when the file cannot be read.
 */
@Command(name = "apology-check", mixinStandardHelpOptions = true, versionProvider = ApologyCheckCommand.VersionText.class)
public final class ApologyCheckCommand implements Callable<Integer> {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "cli.apologyCheck.file")
    private String file;

    @Option(names = "--json", descriptionKey = "cli.apologyCheck.json")
    private boolean json;

    public ApologyCheckCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        String draft;
        try {
            draft = file == null || file.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(Texts.get("cli.apologyCheck.unreadable", file, reason(e)));
            return 1;
        }
        ApologyCheck check = ApologyChecker.check(draft, Set.of());
        if (json) {
            ApologyCheckJson.write(check, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } else {
            printText(check);
        }
        return 0;
    }

    private void printText(ApologyCheck check) {
        if (!check.understood()) {
            out.println(Texts.get("apologise.notEnglish"));
            return;
        }
        for (ComponentCheck part : check.components()) {
            String name = Texts.guidance("apology.component." + part.component().name());
            if (part.detected()) {
                out.println(Texts.get("cli.apologyCheck.found", name, quoted(part)));
            } else {
                out.println(Texts.get(part.component().importanceWhenMissing() == Importance.IMPORTANT
                        ? "cli.apologyCheck.missingImportant" : "cli.apologyCheck.missing", name));
            }
        }
        if (check.warnings().isEmpty()) {
            out.println(Texts.get("cli.apologyCheck.noWarnings"));
        }
        for (ApologyWarning warning : check.warnings()) {
            out.println(Texts.get("cli.apologyCheck.warning", Texts.get("apology.warning." + warning.kind().code())));
        }
    }

    private static String quoted(ComponentCheck part) {
        return String.join(", ", part.found().stream().map(MatchedWords::words).map(w -> "\u201c" + w + "\u201d")
                .toList());
    }

    private static String reason(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? Texts.get("cli.apologyCheck.noSuchFile")
                : e instanceof java.nio.charset.MalformedInputException ? Texts.get("cli.apologyCheck.notText")
                : String.valueOf(e.getMessage());
    }

    /**
     * The command with its help texts from our bundle. (Picocli's own bundle lookup by name cannot see a bundle
     * inside a named module, so the bundle is handed over loaded.)
     */
    public static picocli.CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        picocli.CommandLine line = new picocli.CommandLine(new ApologyCheckCommand(in, out, err));
        line.setResourceBundle(Texts.bundle());
        line.getCommandSpec().usageMessage().description(Texts.get("cli.apologyCheck.description"));
        line.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        return line;
    }

    /** "--version" prints the same line as {@code bridgework --version}. */
    static final class VersionText implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Texts.get("cli.version", Version.current())};
        }
    }
}
