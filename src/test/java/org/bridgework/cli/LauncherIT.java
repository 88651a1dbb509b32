package org.bridgework.cli;

import org.bridgework.cli.LauncherProcess.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher script of the app image (target/bridgework/bin/bridgework), as a user runs it. */
class LauncherIT {
    @TempDir
    Path folder;

    @Test
    void helpPrintsTheUsageAndExitsZeroWithoutAWindow() throws Exception {
        Result result = launch("--help");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Usage: bridgework [-h] [--workbook=FILE] [--version] [COMMAND]"),
                result.out());
        for (String command : List.of("check", "new", "example", "plan", "print", "export", "import")) {
            assertTrue(result.out().contains("\n  " + command + " "), command + " in " + result.out());
        }
        assertTrue(result.out().contains(folder.resolve("data").resolve("bridgework").resolve("workbook.db").toString()),
                "the default workbook honours XDG_DATA_HOME: " + result.out());
    }

    @Test
    void eachCommandHasItsHelpAndTheWorkbookMayBeNamedWithAnEqualsSign() throws Exception {
        Result print = launch("print", "--help");
        assertEquals(0, print.code(), print.err());
        assertTrue(print.out().contains("--printer=NAME"), print.out());
        Path file = folder.resolve("good.db");
        Workbook.open(file, FixedClock.now()).close();
        Result check = launch("check", "--workbook=" + file);
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("a healthy Bridgework workbook"), check.out());
    }

    @Test
    void newMakesAnEmptyWorkbookAndNeverReplacesAFile() throws Exception {
        Path file = folder.resolve("fresh.db");
        Result made = launch("new", "--workbook", file.toString());
        assertEquals(0, made.code(), made.err());
        assertEquals(0, launch("check", "--workbook", file.toString()).code());
        Path notes = Files.writeString(folder.resolve("notes.db"), "mine");
        Result refused = launch("new", "--workbook", notes.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("already exists"), refused.err());
        assertEquals("mine", Files.readString(notes));
    }

    @Test
    void theBashCompletionScriptIsInTheAppImageWithEveryCommand() throws Exception {
        Path launcher = Path.of(System.getProperty("bridgework.launcher", "target/bridgework/bin/bridgework"));
        Path script = launcher.toAbsolutePath().getParent().getParent()
                .resolve("share/bash-completion/completions/bridgework");
        String commands = Files.readAllLines(script).stream().filter(line -> line.contains("local commands=\""))
                .findFirst().orElseThrow();
        for (String command : List.of("check", "new", "example", "plan", "print", "export", "import")) {
            assertTrue(commands.matches(".*[\" ]" + command + "[\" ].*"), command + " in " + commands);
        }
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Result result = launch("--version");
        assertEquals(0, result.code());
        assertTrue(result.out().strip().matches("Bridgework \\d+\\.\\d+\\.\\d+.*"), result.out());
    }

    @Test
    void anUnknownOptionPrintsTheUsageAndExitsTwo() throws Exception {
        Result result = launch("--colour", "blue");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("unknown option “--colour”"), result.err());
        assertTrue(result.err().contains("Usage: bridgework"), result.err());
    }

    @Test
    void checkSaysWhatIsWrongWithABadFileAndExitsOne() throws Exception {
        Path file = Files.write(folder.resolve("half.db"), new byte[] {'S', 'Q', 'L', 'i', 't', 'e'});
        String before = FileBytes.sha256(file);
        Result result = launch("check", "--workbook", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("the file is incomplete"), result.err());
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void checkAcceptsAGoodWorkbook() throws Exception {
        Path file = folder.resolve("good.db");
        Workbook.open(file, FixedClock.now()).close();
        Result result = launch("check", "--workbook", file.toString());
        assertEquals(0, result.code(), result.err());
    }

    @Test
    void withoutADisplayABadWorkbookIsExplainedOnStandardError() throws Exception {
        Path file = Files.writeString(folder.resolve("wrong.db"), "<html>a saved web page</html>");
        String before = FileBytes.sha256(file);
        Result result = launch("--workbook", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot open the workbook " + file), result.err());
        assertTrue(result.err().contains("this is not a workbook file"), result.err());
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void withoutADisplayAGoodWorkbookSaysNoWindowCanOpen() throws Exception {
        Path file = folder.resolve("good.db");
        Workbook.open(file, FixedClock.now()).close();
        Result result = launch("--workbook", file.toString());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot open a window"), result.err());
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        return LauncherProcess.run(folder, args);
    }
}
