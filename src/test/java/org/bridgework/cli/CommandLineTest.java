package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bridgework.about.Version;
import org.bridgework.store.WorkbookLocations;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The command line as picocli reads it from the commands' annotations: what is understood, and what is not. */
class CommandLineTest {
    /** What one run of the command line gave back, and the workbook it opened the window on, if any. */
    private record Run(int code, String out, String err, Path window) {
    }

    @Test
    void nothingOpensTheWindowOnTheDefaultWorkbook() {
        Run run = run();
        assertEquals(0, run.code(), run.err());
        assertEquals(WorkbookLocations.defaultWorkbook(), run.window());
        assertEquals("", run.out() + run.err());
    }

    @Test
    void theWorkbookIsNamedWithASpaceOrAnEqualsSign() {
        assertEquals(Path.of("/tmp/my book.db"), run("--workbook", "/tmp/my book.db").window());
        assertEquals(Path.of("/tmp/my book.db"), run("--workbook=/tmp/my book.db").window());
        assertEquals(Path.of("@home.db"), run("--workbook", "@home.db").window(), "a name, not a file of arguments");
        assertEquals(Path.of("w.db"), parse("check", "--workbook=w.db").subcommand().matchedOptionValue("--workbook", null));
    }

    @Test
    void theWindowsShortcutReadsItsCommandLinesAsPicocliDoes() {
        List<List<String>> lines = List.of(List.of(), List.of("--workbook", "a.db"), List.of("--workbook=a.db"),
                List.of("--workbook", "check"), List.of("--workbook", "@a.db"), List.of("--workbook", "my book.db"),
                List.of("--workbook", "-a.db"), List.of("--workbook", " "), List.of("--workbook="),
                List.of("--workbook", "--version"), List.of("--workbook", "a.db", "--help"), List.of("check"));
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            java.util.Optional<Path> shortcut = WindowShortcut.workbook(args);
            Path picocli = null;
            try {
                ParseResult parsed = parse(args);
                if (!parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
                    picocli = parsed.matchedOptionValue("--workbook", WorkbookLocations.defaultWorkbook());
                }
            } catch (CommandLine.ParameterException refused) {
                picocli = null;
            }
            if (shortcut.isPresent()) {
                assertEquals(picocli, shortcut.get(), "both open the window on the same file: " + line);
            }
        }
        assertEquals(Path.of("check"), WindowShortcut.workbook(new String[] {"--workbook", "check"}).orElseThrow());
        assertTrue(WindowShortcut.workbook(new String[] {"--workbook", "-a.db"}).isEmpty(), "left to picocli");
        assertEquals(Path.of("-a.db"), run("--workbook", "-a.db").window(), "which takes it");
        assertEquals(Path.of("check"), run("--workbook", "check").window());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithTheUsageOnStandardError() {
        Run run = run("--frobnicate");
        assertEquals(2, run.code());
        assertNull(run.window(), "no window");
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("bridgework: unknown option \u201c--frobnicate\u201d\n"), run.err());
        assertTrue(run.err().contains("Usage: bridgework [-h] [--workbook=FILE] [--version] [COMMAND]"), run.err());
        assertTrue(run.err().contains("\u201cbridgework --help\u201d tells more."), run.err());
    }

    @Test
    void missingRepeatedBlankAndStrayWordsAreRefusedByName() {
        assertUsageError("bridgework: --workbook needs a file name after it", "--workbook");
        assertUsageError("bridgework: --workbook may be given only once", "--workbook", "a", "--workbook", "b");
        assertUsageError("bridgework: a file name cannot be blank", "--workbook", " ");
        assertUsageError("bridgework: there is no command \u201crun\u201d", "run");
        assertUsageError("bridgework: unknown option \u201c--relationship\u201d", "--relationship", "a");
        assertUsageError("bridgework: \u201cw.json\u201d is not something check takes", "check", "w.json");
        assertUsageError("bridgework: unknown option \u201c--out\u201d", "check", "--out", "x.pdf");
    }

    @Test
    void helpListsEveryCommandAndItsOneLineSummary() {
        Run help = run("--help");
        assertEquals(0, help.code(), help.err());
        assertNull(help.window());
        assertTrue(help.out().startsWith("Usage: bridgework [-h] [--workbook=FILE] [--version] [COMMAND]"), help.out());
        assertTrue(help.out().contains(WorkbookLocations.defaultWorkbook().toString()), "the default: " + help.out());
        Map<String, CommandLine> commands = Commands.create(workbook -> 0).getSubcommands();
        assertTrue(commands.keySet().containsAll(List.of("check", "new", "example", "plan", "print", "export", "import")),
                commands.keySet().toString());
        for (String name : commands.keySet()) {
            assertTrue(help.out().matches("(?s).*\n  " + name + " +\\S.*"), name + " has a summary: " + help.out());
        }
        assertTrue(help.out().contains("Exit codes: 0 success, 1 "), help.out());
        assertEquals(help.out(), run("-h").out());
        assertEquals(help.out(), run("--workbook", "x.db", "--help").out(), "help wins over opening a window");
    }

    @Test
    void everyCommandHasItsOwnHelpListingEachOfItsOptions() {
        for (Map.Entry<String, CommandLine> command : Commands.create(workbook -> 0).getSubcommands().entrySet()) {
            Run help = run(command.getKey(), "--help");
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().contains("Usage: bridgework " + command.getKey() + " "), help.out());
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                assertTrue(help.out().contains(option.longestName()), option.longestName() + " in " + help.out());
                assertFalse(String.join(" ", option.description()).isBlank(), option.longestName() + " is described");
            }
        }
        assertTrue(run("print", "--help").out().contains("--printer=NAME"));
    }

    @Test
    void versionIsTheBuildsForEveryCommand() {
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
        assertEquals("Bridgework " + Version.current() + "\n", run("--version").out());
        assertEquals("Bridgework " + Version.current() + "\n", run("plan", "--version").out());
    }

    @Test
    void planTakesItsOwnOptionsInAnyOrder() {
        ParseResult plan = parse("plan", "--out", "p.pdf", "--shareable", "--relationship=Acme Ltd", "--paper", "LETTER",
                "--workbook", "w.db").subcommand();
        assertEquals("plan", plan.commandSpec().name());
        assertEquals(Path.of("w.db"), plan.matchedOptionValue("--workbook", null));
        assertEquals(Path.of("p.pdf"), plan.matchedOptionValue("--out", null));
        assertEquals("Acme Ltd", plan.matchedOptionValue("--relationship", null));
        assertEquals(Boolean.TRUE, plan.matchedOptionValue("--shareable", false));
        assertEquals("PDF", parse("print", "--relationship", "a", "--printer", "PDF").subcommand()
                .matchedOptionValue("--printer", null));
    }

    @Test
    void planOptionsAreCheckedByCommand() {
        assertUsageError("bridgework: this command needs --out", "plan", "--relationship", "a");
        assertUsageError("bridgework: this command needs --relationship", "plan", "--out", "x.pdf");
        assertUsageError("bridgework: unknown option \u201c--printer\u201d", "plan", "--relationship", "a", "--out",
                "x.pdf", "--printer", "P");
        assertUsageError("bridgework: --shareable may be given only once", "plan", "--relationship", "a", "--out",
                "x.pdf", "--shareable", "--shareable");
        assertUsageError("bridgework: unknown paper size \u201ca5\u201d; use a4 or letter", "plan", "--relationship", "a",
                "--out", "x.pdf", "--paper", "a5");
        assertUsageError("bridgework: --relationship needs a name after it", "plan", "--relationship");
        assertUsageError("bridgework: --paper needs a paper size after it: a4 or letter", "print", "--relationship",
                "a", "--paper");
    }

    @Test
    void exportAndImportTakeTheirFileOnItsOwnAmongTheOptions() {
        ParseResult export = parse("export", "--workbook", "w.db", "out.json", "--relationship", "Acme").subcommand();
        assertEquals(Path.of("out.json"), export.matchedPositionalValue(0, null));
        assertEquals("Acme", export.matchedOptionValue("--relationship", null));
        ParseResult all = parse("export", "all.json", "--workbook=w.db").subcommand();
        assertNull(all.matchedOptionValue("--relationship", null));
        ParseResult in = parse("import", "--workbook", "w.db", "in.json").subcommand();
        assertEquals(Path.of("in.json"), in.matchedPositionalValue(0, null));
    }

    @Test
    void commandsThatWriteNeedTheWorkbookNamedAndExactlyOneFile() {
        assertUsageError("bridgework: export needs the file to write", "export", "--workbook", "w.db");
        assertUsageError("bridgework: import needs the file to read", "import", "--workbook", "w.db");
        assertUsageError("bridgework: this command needs --workbook", "import", "in.json");
        assertUsageError("bridgework: this command needs --workbook", "new");
        assertUsageError("bridgework: this command needs --workbook", "example");
        assertUsageError("bridgework: \u201cb.json\u201d is not something import takes", "import", "--workbook", "w.db",
                "a.json", "b.json");
        assertUsageError("bridgework: unknown option \u201c--relationship\u201d", "import", "--workbook", "w.db",
                "--relationship", "Acme", "in.json");
    }

    /** The command line is refused with exit code 2: the message first, then the usage of the command meant. */
    private static void assertUsageError(String message, String... args) {
        Run run = run(args);
        assertEquals(2, run.code(), String.join(" ", args) + ": " + run.err());
        assertNull(run.window());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(message), run.err());
        assertTrue(run.err().contains("\nUsage: bridgework"), run.err());
    }

    private static ParseResult parse(String... args) {
        return Commands.create(workbook -> 0).parseArgs(args);
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path[] opened = new Path[1];
        int code = Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workbook -> {
                    opened[0] = workbook;
                    return 0;
                });
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), opened[0]);
    }
}
