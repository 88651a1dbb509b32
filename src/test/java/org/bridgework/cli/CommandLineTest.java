package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
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
    void theVersionComesFromTheBuild() {
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    }
}
