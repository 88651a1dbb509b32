package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.text.Texts;

/**
 * The text Help → Copy diagnostic report puts on the clipboard: versions, the system, the workbook's format, where
 * the files are, and the last warnings and errors. Never the workbook's name or anything typed into it.
 * Plain Java, so it is tested without a window.
 */
final class DiagnosticReport {
    private DiagnosticReport() {
    }

    /** What the open workbook is, as far as the report tells: never its name (that may be a client's). */
    enum WorkbookState { NONE, EDITING, READ_ONLY }

    /**
     * Everything the report says.
     *
     * @param workbookFormat the open workbook's {@code PRAGMA user_version}; empty when none is open or it
     *                       could not be read
     * @param problems       the last warnings and errors, oldest first, already free of user text
     */
    record Facts(String appVersion, String os, String java, String javafx, Locale locale, WorkbookState workbook,
                 OptionalInt workbookFormat, int latestFormat, Path dataFolder, Optional<Path> logFolder,
                 List<String> problems, OffsetDateTime createdAt) {
        Facts {
            problems = List.copyOf(problems);
        }

        /** The facts of this machine and this run, from the JDK's system properties. */
        static Facts ofThisRun(String appVersion, WorkbookState workbook, OptionalInt workbookFormat, int latestFormat,
                               Path dataFolder, Optional<Path> logFolder, List<String> problems) {
            String os = System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?")
                    + " (" + System.getProperty("os.arch", "?") + ")";
            String java = System.getProperty("java.runtime.version", System.getProperty("java.version", "?"))
                    + " (" + System.getProperty("java.vendor", "?") + ", " + System.getProperty("java.vm.name", "?") + ")";
            String javafx = System.getProperty("javafx.runtime.version", "?");
            return new Facts(appVersion, os, java, javafx, Locale.getDefault(), workbook, workbookFormat, latestFormat,
                    dataFolder, logFolder, problems, OffsetDateTime.now());
        }
    }

    static String text(Facts facts) {
        StringBuilder text = new StringBuilder();
        line(text, Texts.get("diagnostics.report.title"));
        String made = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(facts.createdAt().truncatedTo(ChronoUnit.SECONDS));
        line(text, Texts.get("diagnostics.report.created", made));
        line(text, Texts.get("diagnostics.report.version", facts.appVersion()));
        line(text, Texts.get("diagnostics.report.os", facts.os()));
        line(text, Texts.get("diagnostics.report.java", facts.java()));
        line(text, Texts.get("diagnostics.report.javafx", facts.javafx()));
        line(text, Texts.get("diagnostics.report.locale", facts.locale().toLanguageTag()));
        line(text, workbook(facts));
        line(text, Texts.get("diagnostics.report.dataFolder", facts.dataFolder()));
        line(text, Texts.get("diagnostics.report.logFolder",
                facts.logFolder().map(Path::toString).orElse(Texts.get("diagnostics.report.noLog"))));
        if (facts.problems().isEmpty()) {
            line(text, Texts.get("diagnostics.report.noProblems"));
        } else {
            line(text, Texts.get("diagnostics.report.problems", facts.problems().size()));
            facts.problems().forEach(problem -> line(text, "  " + problem));
        }
        line(text, Texts.get("diagnostics.report.noUserText"));
        return text.toString();
    }

    private static String workbook(Facts facts) {
        if (facts.workbook() == WorkbookState.NONE) {
            return Texts.get("diagnostics.report.workbook.none");
        }
        String format = facts.workbookFormat().isPresent() ? Integer.toString(facts.workbookFormat().getAsInt())
                : Texts.get("diagnostics.report.workbook.unreadable");
        return Texts.get(facts.workbook() == WorkbookState.READ_ONLY ? "diagnostics.report.workbook.readOnly"
                : "diagnostics.report.workbook.editing", format, Integer.toString(facts.latestFormat()));
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
