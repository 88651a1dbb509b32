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
        assertTrue(result.out().startsWith("Usage: bridgework [--workbook FILE]"), result.out());
        assertTrue(result.out().contains(folder.resolve("data").resolve("bridgework").resolve("workbook.db").toString()),
                "the default workbook honours XDG_DATA_HOME: " + result.out());
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
