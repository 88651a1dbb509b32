package org.bridgework.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bridgework apology-check [FILE]}: checks an apology draft written anywhere against the six parts of an
 * effective apology and for the marks of a non-apology. Reads FILE, or standard input when FILE is left out or
 * is "-". Prints the parts as found or missing with the words that matched, then the warnings; {@code --json}
 * prints one JSON object instead. Exit 0, or 1 when the file cannot be read.
 */
@Command(name = "apology-check")
public final class ApologyCheckCommand implements Callable<Integer> {
    private final InputStream in;

    @Parameters(arity = "0..1", paramLabel = "FILE", descriptionKey = "apologyCheck.file")
    private String file;
    @Option(names = "--json", descriptionKey = "apologyCheck.json")
    private boolean json;
    @Mixin
    private HelpOptions help;
    @Spec
    private CommandSpec spec;

    /** The command as the command line makes it: the draft comes from standard input when no file is named. */
    public ApologyCheckCommand() {
        this(System.in);
    }

    ApologyCheckCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String draft;
        try {
            draft = file == null || file.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(Texts.get("cli.apologyCheck.unreadable", file, reason(e)));
            err.flush();
            return 1;
        }
        ApologyCheck check = ApologyChecker.check(draft, Set.of());
        if (json) {
            ApologyCheckJson.write(check, out);
        } else {
            printText(check, out);
        }
        out.flush();
        return 0;
    }

    private static void printText(ApologyCheck check, PrintWriter out) {
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
}
