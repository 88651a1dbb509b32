package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.plan.Paper;
import org.bridgework.plan.PlanVersion;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void nothingMeansOpenTheWindowOnTheDefaultWorkbook() throws Exception {
        assertEquals(new CommandLine(Command.RUN, Optional.empty()), CommandLine.parse());
    }

    @Test
    void workbookTakesTheNextArgument() throws Exception {
        assertEquals(Optional.of(Path.of("/tmp/my book.db")), CommandLine.parse("--workbook", "/tmp/my book.db").workbook());
    }

    @Test
    void helpAndVersionWinWhereverTheyStand() throws Exception {
        assertEquals(Command.HELP, CommandLine.parse("--workbook", "x.db", "--help").command());
        assertEquals(Command.HELP, CommandLine.parse("-h").command());
        assertEquals(Command.VERSION, CommandLine.parse("--version").command());
    }

    @Test
    void checkIsASubcommand() throws Exception {
        CommandLine line = CommandLine.parse("check", "--workbook", "w.db");
        assertEquals(Command.CHECK, line.command());
        assertEquals(Optional.of(Path.of("w.db")), line.workbook());
    }

    @Test
    void unknownMissingAndRepeatedOptionsAreRefusedByName() {
        UsageException unknown = assertThrows(UsageException.class, () -> CommandLine.parse("--frobnicate"));
        assertTrue(unknown.getMessage().contains("--frobnicate"));
        UsageException missing = assertThrows(UsageException.class, () -> CommandLine.parse("--workbook"));
        assertTrue(missing.getMessage().contains("needs a file name"));
        assertThrows(UsageException.class, () -> CommandLine.parse("--workbook", "a", "--workbook", "b"));
        UsageException equals = assertThrows(UsageException.class, () -> CommandLine.parse("--workbook=a.db"));
        assertTrue(equals.getMessage().contains("with a space"));
        assertThrows(UsageException.class, () -> CommandLine.parse("run"));
    }

    @Test
    void planTakesItsOwnOptionsInAnyOrder() throws Exception {
        CommandLine line = CommandLine.parse("plan", "--out", "p.pdf", "--shareable", "--relationship", "Acme Ltd",
                "--paper", "LETTER", "--workbook", "w.db");
        assertEquals(Command.PLAN, line.command());
        assertEquals(Optional.of(Path.of("w.db")), line.workbook());
        assertEquals(new PlanOptions(Optional.of("Acme Ltd"), Optional.of(Path.of("p.pdf")), PlanVersion.SHAREABLE,
                Optional.of(Paper.LETTER), Optional.empty()), line.plan());
        assertEquals(PlanVersion.INTERNAL,
                CommandLine.parse("plan", "--relationship", "a", "--out", "b.pdf").plan().version());
        assertEquals(Optional.of("PDF"),
                CommandLine.parse("print", "--relationship", "a", "--printer", "PDF").plan().printer());
    }

    @Test
    void planOptionsAreCheckedByCommand() {
        UsageException noOut = assertThrows(UsageException.class, () -> CommandLine.parse("plan", "--relationship", "a"));
        assertTrue(noOut.getMessage().contains("needs --out"), noOut.getMessage());
        assertThrows(UsageException.class, () -> CommandLine.parse("plan", "--out", "x.pdf"));
        assertThrows(UsageException.class, () -> CommandLine.parse("--relationship", "a"), "not for the window");
        assertThrows(UsageException.class, () -> CommandLine.parse("check", "--out", "x.pdf"));
        assertThrows(UsageException.class, () -> CommandLine.parse("plan", "--relationship", "a", "--out", "x.pdf",
                "--printer", "P"), "--printer is for print only");
        assertThrows(UsageException.class, () -> CommandLine.parse("plan", "--relationship", "a", "--out", "x.pdf",
                "--shareable", "--shareable"));
        UsageException paper = assertThrows(UsageException.class, () -> CommandLine.parse("plan", "--relationship", "a",
                "--out", "x.pdf", "--paper", "a5"));
        assertTrue(paper.getMessage().contains("a5"));
        UsageException name = assertThrows(UsageException.class, () -> CommandLine.parse("plan", "--relationship"));
        assertTrue(name.getMessage().contains("needs a name"), name.getMessage());
    }

    @Test
    void exportAndImportTakeTheirFileOnItsOwnAmongTheOptions() throws Exception {
        CommandLine export = CommandLine.parse("export", "--workbook", "w.db", "out.json", "--relationship", "Acme");
        assertEquals(Command.EXPORT, export.command());
        assertEquals(Optional.of(Path.of("w.db")), export.workbook());
        assertEquals(Optional.of(Path.of("out.json")), export.file());
        assertEquals(Optional.of("Acme"), export.plan().relationship());
        CommandLine all = CommandLine.parse("export", "all.json", "--workbook", "w.db");
        assertEquals(Optional.empty(), all.plan().relationship());
        CommandLine in = CommandLine.parse("import", "--workbook", "w.db", "in.json");
        assertEquals(Command.IMPORT, in.command());
        assertEquals(Optional.of(Path.of("in.json")), in.file());
    }

    @Test
    void exportAndImportNeedTheWorkbookAndExactlyOneFile() {
        UsageException noFile = assertThrows(UsageException.class, () -> CommandLine.parse("export", "--workbook", "w.db"));
        assertTrue(noFile.getMessage().contains("export needs the file to write"), noFile.getMessage());
        UsageException noIn = assertThrows(UsageException.class, () -> CommandLine.parse("import", "--workbook", "w.db"));
        assertTrue(noIn.getMessage().contains("import needs the file to read"), noIn.getMessage());
        UsageException noWorkbook = assertThrows(UsageException.class, () -> CommandLine.parse("import", "in.json"));
        assertTrue(noWorkbook.getMessage().contains("needs --workbook"), noWorkbook.getMessage());
        UsageException two = assertThrows(UsageException.class,
                () -> CommandLine.parse("import", "--workbook", "w.db", "a.json", "b.json"));
        assertTrue(two.getMessage().contains("b.json"), two.getMessage());
        assertThrows(UsageException.class, () -> CommandLine.parse("import", "--workbook", "w.db", "--relationship",
                "Acme", "in.json"), "import takes no --relationship");
        assertThrows(UsageException.class, () -> CommandLine.parse("check", "w.json"), "only export and import take a file");
    }

    @Test
    void theVersionComesFromTheBuild() {
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    }
}
